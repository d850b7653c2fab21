package eu.viaduc.matchmaking.meeting.scheduling;

import static eu.viaduc.matchmaking.meeting.scheduling.Instances.allSlots;
import static eu.viaduc.matchmaking.meeting.scheduling.Instances.party;
import static eu.viaduc.matchmaking.meeting.scheduling.Instances.request;
import static eu.viaduc.matchmaking.meeting.scheduling.Instances.slots;
import static eu.viaduc.matchmaking.meeting.scheduling.Instances.tables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.viaduc.matchmaking.meeting.scheduling.Schedule.Placed;
import eu.viaduc.matchmaking.meeting.scheduling.Schedule.UnplacedReason;
import eu.viaduc.matchmaking.meeting.scheduling.SchedulingProblem.Party;
import eu.viaduc.matchmaking.meeting.scheduling.SchedulingProblem.Place;
import eu.viaduc.matchmaking.meeting.scheduling.SchedulingProblem.Request;
import eu.viaduc.matchmaking.meeting.scheduling.SchedulingProblem.Table;

/** Each rule of the meeting scheduler, on problems small enough to know the answer. */
class SchedulerTest {

    static final Scheduler SCHEDULER = new Scheduler(1_000, 200);

    @Test
    void placesMoreMeetingsThanFirstComeFirstServedWhereTheOptimumIsKnown() {
        // A can meet in slots 0 and 1, B only in slot 0. Served in the order accepted, A-C takes slot 0
        // (the first both are free) and leaves A-B nowhere; the best plan holds both.
        Party a = party("a", 2, allSlots(2));
        Party b = party("b", 1, slots(0));
        Party c = party("c", 1, allSlots(2));
        SchedulingProblem problem = new SchedulingProblem(2, tables(2, 4), List.of(a, b, c),
                List.of(request("a-c", a, c, 1), request("a-b", a, b, 1)), false);

        Schedule schedule = SCHEDULER.schedule(problem);

        assertThat(FirstComeFirstServed.placed(problem)).isEqualTo(1);
        assertThat(schedule.placed()).hasSize(2);
        assertThat(schedule.upperBound()).isEqualTo(2);
        assertThat(schedule.reachesUpperBound()).isTrue();
        assertThat(slotOf(schedule, "a-b")).isEqualTo(0);
        assertThat(slotOf(schedule, "a-c")).isEqualTo(1);
    }

    @Test
    void theBoundsMatchingHoldsTheMostMeetingsAndTheSchedulerPlacesItBeforeAHigherPriority() {
        // a row a - b - c - d, each wanting one meeting: b-c matters most to them, but a-b and c-d are two
        Party a = party("a", 1, allSlots(2));
        Party b = party("b", 1, allSlots(2));
        Party c = party("c", 1, allSlots(2));
        Party d = party("d", 1, allSlots(2));
        SchedulingProblem problem = new SchedulingProblem(2, tables(2, 4), List.of(a, b, c, d),
                List.of(request("b-c", b, c, 5), request("a-b", a, b, 1), request("c-d", c, d, 1)), false);

        UpperBound bound = UpperBound.of(problem);
        Schedule schedule = SCHEDULER.schedule(problem);

        assertThat(bound.meetings()).isEqualTo(2);
        assertThat(bound.shareOf(Instances.id("a-b"))).isEqualTo(1.0);
        assertThat(bound.shareOf(Instances.id("c-d"))).isEqualTo(1.0);
        assertThat(bound.shareOf(Instances.id("b-c"))).isZero();
        assertThat(schedule.placed()).extracting(Schedule.Placed::requestId)
                .containsExactlyInAnyOrder(Instances.id("a-b"), Instances.id("c-d"));
    }

    @Test
    void noOrganisationOrPersonInTwoMeetingsAtOnce() {
        Party a = party("a", 5, allSlots(1));
        Party b = party("b", 5, allSlots(1));
        Party c = party("c", 5, allSlots(1));
        // d and e are different organisations sending the same person
        Party d = new Party(Instances.id("d"), Set.of("shared@person"), 5, allSlots(1));
        Party e = new Party(Instances.id("e"), Set.of("shared@person"), 5, allSlots(1));
        SchedulingProblem problem = new SchedulingProblem(1, tables(5, 4), List.of(a, b, c, d, e),
                List.of(request("a-b", a, b, 3), request("a-c", a, c, 1), request("b-d", b, d, 1), request("c-e", c, e, 2),
                        request("d-e", d, e, 1)), false);

        Schedule schedule = SCHEDULER.schedule(problem);

        // one slot: a-b (priority 3) and c-e (2) together; d-e has one person twice
        assertThat(placedIds(schedule)).containsExactlyInAnyOrder(Instances.id("a-b"), Instances.id("c-e"));
        assertThat(reasonOf(schedule, "d-e")).isEqualTo(UnplacedReason.BUSY_IN_EVERY_COMMON_SLOT);
        assertThat(PlanRules.violations(problem, schedule.placed())).isEmpty();
    }

    @Test
    void onlySlotsBothSidesAreAvailableFor() {
        Party a = party("a", 3, slots(0, 1));
        Party b = party("b", 3, slots(1, 2));
        Party c = party("c", 3, slots(2));
        SchedulingProblem problem = new SchedulingProblem(3, tables(1, 4), List.of(a, b, c),
                List.of(request("a-b", a, b, 1), request("a-c", a, c, 1)), false);

        Schedule schedule = SCHEDULER.schedule(problem);

        assertThat(slotOf(schedule, "a-b")).isEqualTo(1);
        assertThat(reasonOf(schedule, "a-c")).isEqualTo(UnplacedReason.NO_COMMON_SLOT);
        assertThat(schedule.upperBound()).isEqualTo(1);
    }

    @Test
    void aTableMustSeatBothSidesAndHoldsOneMeetingAtATime() {
        Party a = party("a", 3, allSlots(1));
        Party b = party("b", 3, allSlots(1));
        Party big1 = new Party(Instances.id("big1"), Set.of("x1", "x2", "x3"), 3, allSlots(1));
        Party big2 = new Party(Instances.id("big2"), Set.of("y1", "y2"), 3, allSlots(1));
        Party c = party("c", 3, allSlots(1));
        Party d = party("d", 3, allSlots(1));
        // one table for 5, one for 2: the large meeting needs the large table, one small meeting the small one
        SchedulingProblem problem = new SchedulingProblem(1, List.of(new Table("small", 2), new Table("large", 5)),
                List.of(a, b, big1, big2, c, d),
                List.of(request("big", big1, big2, 1), request("a-b", a, b, 1), request("c-d", c, d, 1)), false);

        Schedule schedule = SCHEDULER.schedule(problem);

        assertThat(schedule.placed()).hasSize(2);
        assertThat(tableOf(schedule, "big")).isEqualTo(1);
        assertThat(schedule.unplaced()).singleElement().extracting(Schedule.Unplaced::reason)
                .isEqualTo(UnplacedReason.NO_TABLE_LEFT);
        assertThat(schedule.upperBound()).isEqualTo(2);
    }

    @Test
    void nobodyGetsMoreMeetingsThanTheyWant() {
        Party a = party("a", 1, allSlots(3));
        Party b = party("b", 3, allSlots(3));
        Party c = party("c", 3, allSlots(3));
        SchedulingProblem problem = new SchedulingProblem(3, tables(2, 4), List.of(a, b, c),
                List.of(request("a-b", a, b, 1), request("c-a", c, a, 5), request("b-c", b, c, 1)), false);

        Schedule schedule = SCHEDULER.schedule(problem);

        // a, who asked b, wants one meeting: the higher priority one, requested by c
        assertThat(placedIds(schedule)).containsExactlyInAnyOrder(Instances.id("c-a"), Instances.id("b-c"));
        assertThat(reasonOf(schedule, "a-b")).isEqualTo(UnplacedReason.REQUESTER_AT_MAXIMUM);
    }

    @Test
    void publishedMeetingsStayWhereTheyAreUnlessTheOrganiserAllowsMoves() {
        Party a = party("a", 2, allSlots(2));
        Party b = party("b", 1, slots(0));
        Party c = party("c", 1, allSlots(2));
        // a-c was published in slot 0 before b's request was accepted: kept, b cannot be placed
        List<Request> requests = List.of(
                new Request(Instances.id("a-c"), a.organisationId(), c.organisationId(), 1, new Place(0, 1)),
                request("a-b", a, b, 1));
        SchedulingProblem kept = new SchedulingProblem(2, tables(2, 4), List.of(a, b, c), requests, false);
        SchedulingProblem movable = new SchedulingProblem(2, tables(2, 4), List.of(a, b, c), requests, true);

        Schedule keptSchedule = SCHEDULER.schedule(kept);
        Schedule movedSchedule = SCHEDULER.schedule(movable);

        assertThat(keptSchedule.placed()).containsExactly(new Placed(Instances.id("a-c"), 0, 1));
        assertThat(reasonOf(keptSchedule, "a-b")).isEqualTo(UnplacedReason.BUSY_IN_EVERY_COMMON_SLOT);
        assertThat(movedSchedule.placed()).hasSize(2);
        assertThat(slotOf(movedSchedule, "a-c")).isEqualTo(1);
    }

    @Test
    void aPublishedMeetingWhoseRegistrationChangedIsPlacedAnewRatherThanKeptBroken() {
        // a-b was published in slot 0 at the small table; a now sends three people and wants one meeting at most
        Party a = new Party(Instances.id("a"), Set.of("a1", "a2", "a3"), 1, allSlots(2));
        Party b = party("b", 2, allSlots(2));
        Party c = party("c", 2, allSlots(2));
        List<Table> tables = List.of(new Table("small", 2), new Table("large", 6));
        List<Request> requests = List.of(
                new Request(Instances.id("a-b"), a.organisationId(), b.organisationId(), 1, new Place(0, 0)),
                new Request(Instances.id("c-a"), c.organisationId(), a.organisationId(), 5, new Place(1, 1)));
        SchedulingProblem problem = new SchedulingProblem(2, tables, List.of(a, b, c), requests, false);

        Schedule schedule = SCHEDULER.schedule(problem);

        // c-a stays (it fits, and comes first by priority); a-b no longer fits its table, and a is at its maximum
        assertThat(PlanRules.stayingPut(problem)).containsExactly(Instances.id("c-a"));
        assertThat(schedule.placed()).containsExactly(new Placed(Instances.id("c-a"), 1, 1));
        assertThat(reasonOf(schedule, "a-b")).isEqualTo(UnplacedReason.REQUESTER_AT_MAXIMUM);
    }

    @Test
    void aPersonActingForBothSidesMeetsThemselvesOnceNotTwice() {
        Party a = new Party(Instances.id("a"), Set.of("shared"), 2, allSlots(1));
        Party b = new Party(Instances.id("b"), Set.of("shared", "b1"), 2, allSlots(1));
        SchedulingProblem problem = new SchedulingProblem(1, tables(1, 4), List.of(a, b),
                List.of(request("a-b", a, b, 1)), false);

        assertThat(SCHEDULER.schedule(problem).placed()).hasSize(1);
    }

    @Test
    void whenMovesAreAllowedMeetingsThatNeedNotMoveKeepTheirTables() {
        Party a = party("a", 2, allSlots(1));
        Party b = party("b", 2, allSlots(1));
        Party c = party("c", 2, allSlots(1));
        Party d = party("d", 2, allSlots(1));
        // a-b sits at the last of three equal tables; c-d is new
        SchedulingProblem problem = new SchedulingProblem(1, tables(3, 4), List.of(a, b, c, d), List.of(
                new Request(Instances.id("a-b"), a.organisationId(), b.organisationId(), 1, new Place(0, 2)),
                request("c-d", c, d, 1)), true);

        Schedule schedule = SCHEDULER.schedule(problem);

        assertThat(schedule.placed()).hasSize(2);
        assertThat(tableOf(schedule, "a-b")).isEqualTo(2);
    }

    @Test
    void noRequestsGiveAnEmptyPlan() {
        Party a = party("a", 2, allSlots(2));
        Schedule schedule = SCHEDULER.schedule(new SchedulingProblem(2, tables(1, 4), List.of(a), List.of(), false));

        assertThat(schedule.placed()).isEmpty();
        assertThat(schedule.unplaced()).isEmpty();
        assertThat(schedule.upperBound()).isZero();
    }

    @Test
    void aMediumEventReachesItsUpperBoundAndComesOutTheSameTwice() {
        SchedulingProblem problem = Instances.random(7, 40, 150, 8, 10);

        Schedule first = SCHEDULER.schedule(problem);
        Schedule second = SCHEDULER.schedule(problem);

        assertThat(PlanRules.violations(problem, first.placed())).isEmpty();
        assertThat(first.placed()).isEqualTo(second.placed());
        assertThat(first.unplaced()).isEqualTo(second.unplaced());
        assertThat(first.placed().size()).isGreaterThan(FirstComeFirstServed.placed(problem));
        assertThat(first.placed().size()).isLessThanOrEqualTo(first.upperBound());
        assertThat(first.placed().size() + first.unplaced().size()).isEqualTo(problem.requests().size());
    }

    private static List<UUID> placedIds(Schedule schedule) {
        return schedule.placed().stream().map(Placed::requestId).toList();
    }

    private static int slotOf(Schedule schedule, String request) {
        return schedule.placed().stream().filter(p -> p.requestId().equals(Instances.id(request))).findFirst()
                .orElseThrow(() -> new AssertionError(request + " is not placed")).slot();
    }

    private static int tableOf(Schedule schedule, String request) {
        return schedule.placed().stream().filter(p -> p.requestId().equals(Instances.id(request))).findFirst()
                .orElseThrow(() -> new AssertionError(request + " is not placed")).table();
    }

    private static UnplacedReason reasonOf(Schedule schedule, String request) {
        return schedule.unplaced().stream().filter(u -> u.requestId().equals(Instances.id(request))).findFirst()
                .orElseThrow(() -> new AssertionError(request + " is placed")).reason();
    }

    /**
     * The plan a person makes by hand: requests in the order they came, each in the first slot where both
     * sides are free and a table is left. What the scheduler is measured against.
     */
    static final class FirstComeFirstServed {

        static int placed(SchedulingProblem problem) {
            Map<UUID, Party> parties = new HashMap<>();
            problem.parties().forEach(p -> parties.put(p.organisationId(), p));
            Set<String> busy = new HashSet<>();
            Map<Integer, List<Integer>> seatsTaken = new HashMap<>();
            Map<UUID, Integer> meetings = new HashMap<>();
            List<Placed> placed = new ArrayList<>();
            for (Request request : problem.requests()) {
                Party a = parties.get(request.requester());
                Party b = parties.get(request.target());
                if (meetings.getOrDefault(a.organisationId(), 0) >= a.maxMeetings()
                        || meetings.getOrDefault(b.organisationId(), 0) >= b.maxMeetings()) {
                    continue;
                }
                for (int slot = 0; slot < problem.slotCount(); slot++) {
                    if (!a.availableSlots().get(slot) || !b.availableSlots().get(slot)
                            || busy.contains(slot + "/" + a.organisationId()) || busy.contains(slot + "/" + b.organisationId())) {
                        continue;
                    }
                    int table = freeTable(problem, seatsTaken.computeIfAbsent(slot, s -> new ArrayList<>()), a.seats() + b.seats());
                    if (table < 0) {
                        continue;
                    }
                    seatsTaken.get(slot).add(table);
                    busy.add(slot + "/" + a.organisationId());
                    busy.add(slot + "/" + b.organisationId());
                    meetings.merge(a.organisationId(), 1, Integer::sum);
                    meetings.merge(b.organisationId(), 1, Integer::sum);
                    placed.add(new Placed(request.id(), slot, table));
                    break;
                }
            }
            return placed.size();
        }

        private static int freeTable(SchedulingProblem problem, List<Integer> taken, int seats) {
            for (int table = 0; table < problem.tables().size(); table++) {
                if (!taken.contains(table) && problem.tables().get(table).seats() >= seats) {
                    return table;
                }
            }
            return -1;
        }
    }
}
