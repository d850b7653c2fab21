package eu.viaduc.knowledge.resource.model;

/**
 * Who may read a published resource, besides its organisation's people, the managers of its
 * organisation's clusters (its reviewers) and platform admins, who always may.
 */
public enum Visibility {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in person affiliated to an organisation, cluster or alliance of the platform. */
    MEMBERS,
    /** The people of the active members of the author organisation's clusters, and those clusters' managers. */
    CLUSTER,
    /** The same for every cluster of the alliances of the author organisation's clusters, and those alliances' managers. */
    ALLIANCE
}
