package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.Iterator;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;

/**
 * Keeps only swaps between two requests of one participant. Such a swap trades a placed meeting for an
 * unplaced one of the same organisation in its slot (the step that frees a participant at its maximum
 * for a better meeting), or exchanges two of its meetings' slots. A swap between unrelated requests
 * rarely helps, and among 3,000 requests almost every random swap is one.
 */
public class SwapWithinParticipant implements SelectionFilter<MeetingPlan, Move<MeetingPlan>> {

    @Override
    public boolean accept(ScoreDirector<MeetingPlan> scoreDirector, Move<MeetingPlan> move) {
        Iterator<?> entities = move.getPlanningEntities().iterator();
        PlannedMeeting left = (PlannedMeeting) entities.next();
        PlannedMeeting right = entities.hasNext() ? (PlannedMeeting) entities.next() : left;
        return left != right && left.sharesSideWith(right);
    }
}
