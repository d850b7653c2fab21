package eu.viaduc.matchmaking.meeting.model;

/** Who organises an event: the managers of a cluster, or of an alliance. */
public enum OrganiserKind {
    CLUSTER, ALLIANCE
}
