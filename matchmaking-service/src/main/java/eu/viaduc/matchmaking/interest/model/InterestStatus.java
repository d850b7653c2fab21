package eu.viaduc.matchmaking.interest.model;

/** SENT -> ACCEPTED | DECLINED | EXPIRED; ACCEPTED -> INTRODUCED. */
public enum InterestStatus {
    SENT, ACCEPTED, DECLINED, INTRODUCED, EXPIRED
}
