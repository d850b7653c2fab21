package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.viaduc.matchmaking.meeting.scheduling.Schedule.UnplacedReason;

/**
 * Turns the solver's best plan into the schedule: meetings are taken in order (published ones kept in
 * place first, then by priority) and each only if it keeps every rule with those taken before, so a
 * plan that breaks a rule can never come out even if the solver stopped short of a feasible one. Each
 * request left out gets the reason that holds in the final plan.
 */
final class Finished {

    private static final Comparator<PlannedMeeting> KEPT_FIRST = Comparator
            .comparing((PlannedMeeting meeting) -> !meeting.pinned())
            .thenComparing(Comparator.comparingInt(PlannedMeeting::priority).reversed())
            .thenComparing(PlannedMeeting::requestId);

    private Finished() {
    }

    static Schedule plan(SchedulingProblem problem, List<PlannedMeeting> solved, TableSeating seating, int upperBound,
            long solvingMillis) {
        Map<SlotValue, List<PlannedMeeting>> inSlot = new HashMap<>();
        Map<Side, Integer> meetingsOf = new HashMap<>();
        List<PlannedMeeting> left = new ArrayList<>();
        List<PlannedMeeting> inOrder = solved.stream().sorted(KEPT_FIRST).toList();
        for (PlannedMeeting meeting : inOrder) {
            if (meeting.slot() != null && fits(meeting, meeting.slot(), inSlot, meetingsOf, seating)) {
                take(meeting, meeting.slot(), inSlot, meetingsOf);
            } else {
                left.add(meeting);
            }
        }
        // whatever the solver left out is tried once more in each of its common slots, earliest first
        for (PlannedMeeting meeting : List.copyOf(left)) {
            meeting.commonSlots().stream().filter(slot -> fits(meeting, slot, inSlot, meetingsOf, seating)).findFirst()
                    .ifPresent(slot -> {
                        take(meeting, slot, inSlot, meetingsOf);
                        left.remove(meeting);
                    });
        }
        List<Schedule.Placed> placed = new ArrayList<>();
        inSlot.forEach((slot, meetings) -> seating.seatKeepingTables(meetings)
                .forEach((meeting, table) -> placed.add(new Schedule.Placed(meeting.requestId(), slot.index(), table))));
        placed.sort(Comparator.comparingInt(Schedule.Placed::slot).thenComparingInt(Schedule.Placed::table));
        List<Schedule.Unplaced> unplaced = left.stream()
                .map(meeting -> new Schedule.Unplaced(meeting.requestId(), reason(meeting, inSlot, meetingsOf, seating)))
                .sorted(Comparator.comparing(Schedule.Unplaced::requestId)).toList();
        return new Schedule(placed, unplaced, upperBound, solvingMillis);
    }

    private static void take(PlannedMeeting meeting, SlotValue slot, Map<SlotValue, List<PlannedMeeting>> inSlot,
            Map<Side, Integer> meetingsOf) {
        inSlot.computeIfAbsent(slot, key -> new ArrayList<>()).add(meeting);
        meetingsOf.merge(meeting.requester(), 1, Integer::sum);
        meetingsOf.merge(meeting.target(), 1, Integer::sum);
    }

    private static boolean fits(PlannedMeeting meeting, SlotValue slot, Map<SlotValue, List<PlannedMeeting>> inSlot,
            Map<Side, Integer> meetingsOf, TableSeating seating) {
        if (meetingsOf.getOrDefault(meeting.requester(), 0) >= meeting.requester().maxMeetings()
                || meetingsOf.getOrDefault(meeting.target(), 0) >= meeting.target().maxMeetings()) {
            return false;
        }
        return bothFree(meeting, slot, inSlot) && tableFor(meeting, slot, inSlot, seating);
    }

    private static boolean bothFree(PlannedMeeting meeting, SlotValue slot, Map<SlotValue, List<PlannedMeeting>> inSlot) {
        return inSlot.getOrDefault(slot, List.of()).stream().noneMatch(meeting::sharesAnyoneWith);
    }

    private static boolean tableFor(PlannedMeeting meeting, SlotValue slot, Map<SlotValue, List<PlannedMeeting>> inSlot,
            TableSeating seating) {
        List<PlannedMeeting> with = new ArrayList<>(inSlot.getOrDefault(slot, List.of()));
        with.add(meeting);
        return seating.unseated(with) == 0;
    }

    private static UnplacedReason reason(PlannedMeeting meeting, Map<SlotValue, List<PlannedMeeting>> inSlot,
            Map<Side, Integer> meetingsOf, TableSeating seating) {
        if (meeting.commonSlots().isEmpty()) {
            return UnplacedReason.NO_COMMON_SLOT;
        }
        if (meetingsOf.getOrDefault(meeting.requester(), 0) >= meeting.requester().maxMeetings()) {
            return UnplacedReason.REQUESTER_AT_MAXIMUM;
        }
        if (meetingsOf.getOrDefault(meeting.target(), 0) >= meeting.target().maxMeetings()) {
            return UnplacedReason.TARGET_AT_MAXIMUM;
        }
        boolean freeSomewhere = meeting.commonSlots().stream().anyMatch(slot -> bothFree(meeting, slot, inSlot));
        return freeSomewhere ? UnplacedReason.NO_TABLE_LEFT : UnplacedReason.BUSY_IN_EVERY_COMMON_SLOT;
    }
}
