package eu.viaduc.members.affiliation.model;

/** PENDING until the organisation's ADMIN accepts or refuses it, or the person withdraws it. */
public enum JoinRequestStatus {
    PENDING, ACCEPTED, REFUSED, WITHDRAWN
}
