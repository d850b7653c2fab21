package eu.viaduc.members.affiliation.model;

/** PENDING until the invited person redeems it (ACCEPTED) or an inviter revokes it (REVOKED). */
public enum InvitationStatus {
    PENDING, ACCEPTED, REVOKED
}
