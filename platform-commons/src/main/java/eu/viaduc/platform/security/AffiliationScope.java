package eu.viaduc.platform.security;

/** What a person can be affiliated to. */
public enum AffiliationScope {
    /** With an {@link OrganisationRole}. */
    ORGANISATION,
    /** As one of its managers. */
    CLUSTER,
    /** As one of its managers. */
    ALLIANCE
}
