package eu.viaduc.matchmaking.meeting.model;

/** WAITING -> ACCEPTED -> SCHEDULED, or DECLINED, or EXPIRED; either side may cancel an open one. */
public enum RequestStatus {
    WAITING, ACCEPTED, SCHEDULED, DECLINED, EXPIRED, CANCELLED;

    /** Still to be met: it blocks another request between the same two organisations. */
    public boolean open() {
        return this == WAITING || this == ACCEPTED || this == SCHEDULED;
    }
}
