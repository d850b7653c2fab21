package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The scheduler on a large brokerage event: 500 participants, 3,000 accepted requests, 16 slots and 120
 * tables. Prints the meetings placed against the upper bound and against first come first served, the
 * solving time, and whether a second run gives the same plan. Run with {@code bash bench/meeting-scheduler}.
 */
@Tag("benchmark")
class MeetingSchedulerBenchmark {

    @Test
    void largeEvent() {
        SchedulingProblem problem = Instances.random(2026, 500, 3_000, 16, 120);
        Scheduler scheduler = Scheduler.standard();

        Schedule first = scheduler.schedule(problem);
        Schedule second = scheduler.schedule(problem);

        int firstComeFirstServed = SchedulerTest.FirstComeFirstServed.placed(problem);
        System.out.printf("BENCHMARK event: %d participants, %,d accepted requests, %d slots, %d tables%n",
                problem.parties().size(), problem.requests().size(), problem.slotCount(), problem.tables().size());
        System.out.printf("BENCHMARK placed %,d meetings of an upper bound of %,d (%.1f%%) in %.1f s; first come first served: %,d%n",
                first.placed().size(), first.upperBound(), 100.0 * first.placed().size() / first.upperBound(),
                first.solvingMillis() / 1000.0, firstComeFirstServed);
        Map<UUID, Integer> priorityOf = problem.requests().stream()
                .collect(Collectors.toMap(SchedulingProblem.Request::id, SchedulingProblem.Request::priority));
        int priorities = first.placed().stream().mapToInt(placed -> priorityOf.get(placed.requestId())).sum();
        System.out.printf("BENCHMARK priority of the placed meetings: %,d in all, %.2f on average (requests: %.2f)%n",
                priorities, (double) priorities / first.placed().size(),
                problem.requests().stream().mapToInt(SchedulingProblem.Request::priority).average().orElse(0));
        System.out.printf("BENCHMARK unplaced by reason: %s%n", first.unplaced().stream()
                .collect(java.util.stream.Collectors.groupingBy(Schedule.Unplaced::reason, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting())));
        System.out.printf("BENCHMARK second run: %.1f s, same plan: %s%n", second.solvingMillis() / 1000.0,
                Objects.equals(first.placed(), second.placed()) && Objects.equals(first.unplaced(), second.unplaced()));
        System.out.printf("BENCHMARK rules broken: %d%n", PlanRules.violations(problem, first.placed()).size());
    }
}
