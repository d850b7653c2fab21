package eu.viaduc.members.membership.model;

/** Who proposed a membership; the other side decides on it. */
public enum MembershipSide {
    /** The organisation asked to join: the cluster approves. */
    ORGANISATION,
    /** The cluster proposed it (by hand or by a member-file import): the organisation accepts. */
    CLUSTER
}
