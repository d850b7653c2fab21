package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Places accepted meeting requests into slots and tables with Timefold Solver: no organisation or person
 * twice in a slot, only slots both sides are available for, a table that seats both sides, nobody over
 * their maximum; as many meetings as it can, then the higher priorities. Deterministic: the solver runs
 * single-threaded with a fixed seed and stops after a number of steps or moves, never after a time, so the same
 * problem always gives the same plan.
 */
public final class Scheduler {

    /** Steps without a better plan after which the search stops, unless configured otherwise. */
    public static final int UNIMPROVED_STEPS = 10_000;
    /** Moves tried per request after which the search stops in any case, unless configured otherwise. */
    public static final long MOVES_PER_REQUEST = 800;

    private static final int ACCEPTED_MOVES_PER_STEP = 50;

    private final int unimprovedSteps;
    private final long movesPerRequest;

    /** The scheduler with the effort its benchmark measured (see the matchmaking README). */
    public static Scheduler standard() {
        return new Scheduler(UNIMPROVED_STEPS, MOVES_PER_REQUEST);
    }

    /**
     * @param unimprovedSteps the search stops after this many steps without a better plan
     * @param movesPerRequest and after trying this many moves per request in all, whatever happens
     */
    public Scheduler(int unimprovedSteps, long movesPerRequest) {
        this.unimprovedSteps = unimprovedSteps;
        this.movesPerRequest = movesPerRequest;
    }

    public Schedule schedule(SchedulingProblem problem) {
        long started = System.nanoTime();
        UpperBound bound = UpperBound.of(problem);
        Model model = Model.of(problem, bound);
        List<PlannedMeeting> solved = model.meetings.isEmpty() ? model.meetings
                : solverFor(model.meetings.size()).solve(new MeetingPlan(model.slots, model.meetings)).meetings();
        Schedule schedule = Finished.plan(problem, solved, model.seating, bound.meetings(),
                (System.nanoTime() - started) / 1_000_000);
        List<String> broken = PlanRules.violations(problem, schedule.placed());
        if (!broken.isEmpty()) {
            throw new IllegalStateException("the scheduler made a plan that breaks its rules: " + broken);
        }
        return schedule;
    }

    /**
     * First fit in the order of {@link Model} (hardest first), then tabu search: each step takes the best
     * of 50 moves that does not touch a recently moved meeting, even a worse one, so the search
     * can move a meeting aside to make room for another (late acceptance, the default, cannot).
     */
    private Solver<MeetingPlan> solverFor(int requests) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(MeetingPlan.class)
                .withEntityClasses(PlannedMeeting.class)
                .withConstraintProviderClass(MeetingConstraints.class)
                .withEnvironmentMode(EnvironmentMode.PHASE_ASSERT)
                .withRandomSeed(20261205L)
                .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                new ChangeMoveSelectorConfig(),
                                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(TradeMoves.class)))
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withEntityTabuSize(Math.max(1, Math.min(7, requests / 3))))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_MOVES_PER_STEP)))
                .withTerminationConfig(new TerminationConfig()
                        .withUnimprovedStepCountLimit(unimprovedSteps)
                        .withMoveCountLimit(Math.max(10_000, movesPerRequest * requests)));
        return SolverFactory.<MeetingPlan> create(config).buildSolver();
    }

    static BitSet commonSlots(SchedulingProblem.Party requester, SchedulingProblem.Party target, int slotCount) {
        BitSet common = requester.availableSlots().get(0, slotCount);
        common.and(target.availableSlots());
        return common;
    }

    /** The problem as the solver's objects, in an order that does not depend on how the input was listed. */
    private record Model(List<SlotValue> slots, List<PlannedMeeting> meetings, TableSeating seating) {

        static Model of(SchedulingProblem problem, UpperBound bound) {
            List<SlotValue> slots = new ArrayList<>();
            for (int slot = 0; slot < problem.slotCount(); slot++) {
                slots.add(new SlotValue(slot));
            }
            TableSeating seating = new TableSeating(problem.tables());
            List<SchedulingProblem.Party> parties = problem.parties().stream()
                    .sorted(Comparator.comparing(SchedulingProblem.Party::organisationId)).toList();
            Map<UUID, Integer> indexOf = new HashMap<>();
            Map<UUID, Side> sides = new HashMap<>();
            Map<String, Integer> personNumbers = new LinkedHashMap<>();
            for (SchedulingProblem.Party party : parties) {
                indexOf.put(party.organisationId(), indexOf.size());
                sides.put(party.organisationId(), new Side(sides.size(), party.maxMeetings()));
            }
            Map<UUID, SchedulingProblem.Party> partyOf = new HashMap<>();
            parties.forEach(party -> partyOf.put(party.organisationId(), party));
            parties.forEach(party -> party.people().stream().sorted()
                    .forEach(person -> personNumbers.putIfAbsent(person, parties.size() + personNumbers.size())));

            List<PlannedMeeting> meetings = new ArrayList<>();
            java.util.Set<UUID> staying = PlanRules.stayingPut(problem);
            for (SchedulingProblem.Request request : problem.requests()) {
                SchedulingProblem.Party requester = partyOf.get(request.requester());
                SchedulingProblem.Party target = partyOf.get(request.target());
                if (requester == null || target == null || requester == target) {
                    throw new IllegalArgumentException("request " + request.id() + " needs two different participants");
                }
                int[] attendees = java.util.stream.IntStream.concat(
                        java.util.stream.IntStream.of(indexOf.get(requester.organisationId()), indexOf.get(target.organisationId())),
                        java.util.stream.Stream.concat(requester.people().stream(), target.people().stream())
                                .mapToInt(personNumbers::get))
                        .distinct().sorted().toArray();
                List<SlotValue> common = commonSlots(requester, target, problem.slotCount()).stream()
                        .mapToObj(slots::get).toList();
                PlannedMeeting meeting = new PlannedMeeting(request.id(), sides.get(request.requester()),
                        sides.get(request.target()), attendees, requester.seats() + target.seats(), request.priority(),
                        common, seating);
                SchedulingProblem.Place published = request.published();
                if (published != null && published.slot() >= 0 && published.slot() < slots.size()
                        && common.contains(slots.get(published.slot()))) {
                    meeting.publishedAt(slots.get(published.slot()), published.table(), staying.contains(request.id()));
                }
                meetings.add(meeting);
            }
            // the requests of a maximum matching first, then the hardest to place, then the higher priorities:
            // the construction heuristic follows this order
            meetings.sort(Comparator.comparingDouble((PlannedMeeting meeting) -> -bound.shareOf(meeting.requestId()))
                    .thenComparingInt(meeting -> meeting.commonSlots().size())
                    .thenComparing(Comparator.comparingInt(PlannedMeeting::priority).reversed())
                    .thenComparing(PlannedMeeting::requestId));
            return new Model(slots, meetings, seating);
        }
    }
}
