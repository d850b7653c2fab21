package eu.viaduc.matchmaking.meeting.scheduling;

/** A slot as a planning value: one instance per slot of the event, named by its index. */
record SlotValue(int index) {
}
