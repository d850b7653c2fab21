package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.List;
import java.util.UUID;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * An accepted request as the solver places it: the slot is the planning variable, chosen only among the
 * slots both sides are available for (so availability can never be broken), or none. The table is given
 * after solving by {@link TableSeating}; while solving, the table constraint only counts meetings per
 * slot and table size, which is exactly when that seating leaves nobody standing.
 */
@PlanningEntity
public class PlannedMeeting {

    @PlanningId
    private UUID requestId;
    private Side requester;
    private Side target;
    /** Numbers of the organisations and people at this meeting, ascending: none may be in two meetings at once. */
    private int[] attendees;
    private int seats;
    private int priority;
    private List<SlotValue> commonSlots;
    /** Where the meeting was published, if it was; kept when pinned. */
    private SlotValue publishedSlot;
    private Integer publishedTable;
    @PlanningPin
    private boolean pinned;
    private TableSeating seating;
    private List<Integer> attendeeList;
    private List<TableSeating.SeatLevel> seatLevels;

    @PlanningVariable(valueRangeProviderRefs = "commonSlots", allowsUnassigned = true)
    private SlotValue slot;

    PlannedMeeting() {
        // for the solver's cloning
    }

    PlannedMeeting(UUID requestId, Side requester, Side target, int[] attendees, int seats, int priority,
            List<SlotValue> commonSlots, TableSeating seating) {
        this.requestId = requestId;
        this.requester = requester;
        this.target = target;
        this.attendees = attendees;
        this.seats = seats;
        this.priority = priority;
        this.commonSlots = List.copyOf(commonSlots);
        this.seating = seating;
        this.attendeeList = java.util.Arrays.stream(attendees).boxed().toList();
        this.seatLevels = seating.levelsFor(seats);
    }

    /** Starts the meeting where it was published; pinned, it stays there. */
    void publishedAt(SlotValue publishedSlot, int publishedTable, boolean pinned) {
        this.publishedSlot = publishedSlot;
        this.publishedTable = publishedTable;
        this.slot = publishedSlot;
        this.pinned = pinned;
        if (pinned && publishedTable < seating.tableCount()) {
            // it keeps its table, which is as good as needing a table of that size
            this.seatLevels = seating.levelsFor(seating.seatsAt(publishedTable));
        }
    }

    /** Who attends, as numbers. */
    List<Integer> attendeeList() {
        return attendeeList;
    }

    /** The table sizes this meeting counts against in its slot. */
    List<TableSeating.SeatLevel> seatLevels() {
        return seatLevels;
    }

    @ValueRangeProvider(id = "commonSlots")
    public List<SlotValue> commonSlots() {
        return commonSlots;
    }

    boolean sharesAnyoneWith(PlannedMeeting other) {
        int[] a = attendees;
        int[] b = other.attendees;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    boolean movedFromPublishedPlace() {
        return publishedSlot != null && !publishedSlot.equals(slot);
    }

    UUID requestId() {
        return requestId;
    }

    Side requester() {
        return requester;
    }

    Side target() {
        return target;
    }

    int seats() {
        return seats;
    }

    int priority() {
        return priority;
    }

    boolean pinned() {
        return pinned;
    }

    /** The table this meeting keeps whatever else is in its slot, or null. */
    Integer keptTable() {
        return pinned ? publishedTable : null;
    }

    /** The table it was published at, while it is still in the slot it was published in; or null. */
    Integer tableInItsSlot() {
        return publishedSlot != null && publishedSlot.equals(slot) ? publishedTable : null;
    }

    TableSeating seating() {
        return seating;
    }

    SlotValue slot() {
        return slot;
    }

    void slot(SlotValue slot) {
        this.slot = slot;
    }

    @Override
    public String toString() {
        return "meeting " + requestId + " in " + slot;
    }
}
