package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the scheduler is given: an event's slots (by index, in time order) and tables, its
 * participants, and the accepted meeting requests to place. Plain values, so that the scheduler's rules
 * can be tested without a database.
 *
 * @param slotCount number of slots; a slot is named by its index 0..slotCount-1
 * @param tables the tables or rooms, each seating so many people; a table is named by its index in this list
 * @param parties every participant a request names
 * @param requests the accepted requests, each placed at most once
 * @param movesAllowed whether meetings already published may move (the organiser's choice when re-planning)
 */
public record SchedulingProblem(int slotCount, List<Table> tables, List<Party> parties, List<Request> requests,
        boolean movesAllowed) {

    public SchedulingProblem {
        tables = List.copyOf(tables);
        parties = List.copyOf(parties);
        requests = List.copyOf(requests);
    }

    /** A table or room and how many people it seats. */
    public record Table(String name, int seats) {
    }

    /**
     * A participating organisation: the people it sends (none may be in two meetings at once), the most
     * meetings it wants, and the slots it is available for.
     */
    public record Party(UUID organisationId, Set<String> people, int maxMeetings, BitSet availableSlots) {

        public Party {
            Objects.requireNonNull(organisationId, "organisationId");
            people = Set.copyOf(people);
            availableSlots = (BitSet) availableSlots.clone();
        }

        /** Seats a meeting takes for this side: one per person sent, at least one. */
        public int seats() {
            return Math.max(1, people.size());
        }
    }

    /**
     * An accepted request between two participants, with its priority (higher first when not every
     * request can be placed) and, for a meeting already published, where it is.
     */
    public record Request(UUID id, UUID requester, UUID target, int priority, Place published) {

        public Request {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A slot and a table. */
    public record Place(int slot, int table) {
    }
}
