package eu.viaduc.members.organisation.model;

/** What kind of organisation takes part in a cluster's ecosystem. */
public enum OrganisationType {
    MICRO,
    SME,
    LARGE,
    CLUSTER_ORGANISATION,
    SUPPORT_ORGANISATION,
    RESEARCH,
    PUBLIC_BODY,
    TRAINING_PROVIDER
}
