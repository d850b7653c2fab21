package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/**
 * Two requests of one participant exchange their slots: a placed meeting gives its slot to an unplaced
 * request of the same organisation (the step that lets a participant at its maximum take a better
 * meeting), or two of its meetings swap times. Each request only ever gets a slot both its sides are
 * available for.
 */
final class TradeWithinParticipant extends AbstractMove<MeetingPlan> {

    private final PlannedMeeting left;
    private final PlannedMeeting right;

    TradeWithinParticipant(PlannedMeeting left, PlannedMeeting right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<MeetingPlan> scoreDirector) {
        return left != right && !left.pinned() && !right.pinned() && !Objects.equals(left.slot(), right.slot())
                && fits(left, right.slot()) && fits(right, left.slot());
    }

    private static boolean fits(PlannedMeeting meeting, SlotValue slot) {
        return slot == null || meeting.commonSlots().contains(slot);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<MeetingPlan> scoreDirector) {
        SlotValue leftSlot = left.slot();
        SlotValue rightSlot = right.slot();
        scoreDirector.beforeVariableChanged(left, "slot");
        left.slot(rightSlot);
        scoreDirector.afterVariableChanged(left, "slot");
        scoreDirector.beforeVariableChanged(right, "slot");
        right.slot(leftSlot);
        scoreDirector.afterVariableChanged(right, "slot");
    }

    @Override
    public List<PlannedMeeting> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public List<SlotValue> getPlanningValues() {
        return java.util.Arrays.asList(left.slot(), right.slot());
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "TradeWithinParticipant(slot)";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TradeWithinParticipant trade && trade.left == left && trade.right == right;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(left) * 31 + System.identityHashCode(right);
    }

    @Override
    public String toString() {
        return left + " <-> " + right;
    }
}
