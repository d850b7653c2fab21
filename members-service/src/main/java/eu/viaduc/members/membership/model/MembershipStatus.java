package eu.viaduc.members.membership.model;

/** PENDING -> ACTIVE -> ENDED, or PENDING -> REFUSED; a pending request may also be withdrawn (ENDED). */
public enum MembershipStatus {
    PENDING,
    ACTIVE,
    REFUSED,
    ENDED
}
