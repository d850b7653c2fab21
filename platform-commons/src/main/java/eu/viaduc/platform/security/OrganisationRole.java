package eu.viaduc.platform.security;

/** What a person may do for an organisation. An ADMIN may do all an EDITOR may. */
public enum OrganisationRole {
    /** Edits the profile and, later, posts opportunities, resources and exchange applications. */
    EDITOR,
    /** Everything an editor does, and manages the organisation's people and memberships. */
    ADMIN;

    public boolean includes(OrganisationRole other) {
        return compareTo(other) >= 0;
    }
}
