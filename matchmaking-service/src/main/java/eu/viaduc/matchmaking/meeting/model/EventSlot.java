package eu.viaduc.matchmaking.meeting.model;

import java.time.OffsetDateTime;

/** One time slot of an event: its index (in time order), the session it belongs to, and when it runs. */
public record EventSlot(int index, String session, OffsetDateTime startsAt, OffsetDateTime endsAt) {
}
