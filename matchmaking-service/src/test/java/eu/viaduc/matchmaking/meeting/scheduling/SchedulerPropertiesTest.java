package eu.viaduc.matchmaking.meeting.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Over random events: no plan breaks a rule, and the same event always gets the same plan. */
class SchedulerPropertiesTest {

    @Property(tries = 60)
    void everyPlanKeepsTheRulesAndIsTheSameForTheSameEvent(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 12) int participants, @ForAll @IntRange(min = 0, max = 30) int requests,
            @ForAll @IntRange(min = 1, max = 5) int slots, @ForAll @IntRange(min = 1, max = 4) int tables) {
        SchedulingProblem problem = Instances.random(seed, participants, requests, slots, tables);

        Schedule plan = SchedulerTest.SCHEDULER.schedule(problem);
        Schedule again = SchedulerTest.SCHEDULER.schedule(problem);

        assertThat(PlanRules.violations(problem, plan.placed())).isEmpty();
        assertThat(plan.placed().size()).isLessThanOrEqualTo(plan.upperBound());
        assertThat(plan.placed().size() + plan.unplaced().size()).isEqualTo(problem.requests().size());
        assertThat(again.placed()).isEqualTo(plan.placed());
        assertThat(again.unplaced()).isEqualTo(plan.unplaced());
    }
}
