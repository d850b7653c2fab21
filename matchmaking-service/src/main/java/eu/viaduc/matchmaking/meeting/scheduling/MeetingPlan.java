package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The solver's working plan: the slots and every accepted request with the slot it has so far. Hard:
 * the rules a plan must keep; medium: requests left unplaced; soft: their priority, and meetings moved
 * from where they were published.
 */
@PlanningSolution
public class MeetingPlan {

    @ProblemFactCollectionProperty
    private List<SlotValue> slots;
    @PlanningEntityCollectionProperty
    private List<PlannedMeeting> meetings;
    @PlanningScore
    private HardMediumSoftScore score;

    MeetingPlan() {
        // for the solver's cloning
    }

    MeetingPlan(List<SlotValue> slots, List<PlannedMeeting> meetings) {
        this.slots = slots;
        this.meetings = meetings;
    }

    List<PlannedMeeting> meetings() {
        return meetings;
    }

    HardMediumSoftScore score() {
        return score;
    }
}
