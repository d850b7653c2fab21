package eu.viaduc.matchmaking.meeting.model;

/** A table or room of an event, and how many people it seats. */
public record EventTable(String name, int seats) {
}
