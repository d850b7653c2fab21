package eu.viaduc.matchmaking.meeting.scheduling;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The scheduler's rules. Availability needs no constraint: a meeting's slot is chosen only among the
 * slots both sides are available for. {@link PlanRules} checks the same hard rules again on the result.
 */
public class MeetingConstraints implements ConstraintProvider {

    /** Priority weighs this much more than a moved published meeting, so moves only serve more or better meetings. */
    static final int PRIORITY_WEIGHT = 100;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                nobodyInTwoMeetingsAtOnce(factory),
                nobodyOverTheirMaximum(factory),
                aTableForEveryMeeting(factory),
                placeEveryRequest(factory),
                placeHigherPrioritiesFirst(factory),
                keepPublishedMeetingsInPlace(factory) };
    }

    Constraint nobodyInTwoMeetingsAtOnce(ConstraintFactory factory) {
        return factory.forEach(PlannedMeeting.class).expand(PlannedMeeting::attendeeList).flattenLast(attendees -> attendees)
                .groupBy((meeting, attendee) -> meeting.slot(), (meeting, attendee) -> attendee, countBi())
                .filter((slot, attendee, meetings) -> meetings > 1)
                .penalize(HardMediumSoftScore.ONE_HARD, (slot, attendee, meetings) -> meetings - 1)
                .asConstraint("organisation or person in two meetings at once");
    }

    Constraint nobodyOverTheirMaximum(ConstraintFactory factory) {
        return factory.forEach(PlannedMeeting.class).groupBy(PlannedMeeting::requester, count())
                .concat(factory.forEach(PlannedMeeting.class).groupBy(PlannedMeeting::target, count()))
                .groupBy((side, meetings) -> side, sum((side, meetings) -> meetings))
                .filter((side, meetings) -> meetings > side.maxMeetings())
                .penalize(HardMediumSoftScore.ONE_HARD, (side, meetings) -> meetings - side.maxMeetings())
                .asConstraint("more meetings than the participant wants");
    }

    Constraint aTableForEveryMeeting(ConstraintFactory factory) {
        return factory.forEach(PlannedMeeting.class).expand(PlannedMeeting::seatLevels).flattenLast(levels -> levels)
                .groupBy((meeting, level) -> meeting.slot(), (meeting, level) -> level, countBi())
                .filter((slot, level, meetings) -> meetings > level.tables())
                .penalize(HardMediumSoftScore.ONE_HARD, (slot, level, meetings) -> meetings - level.tables())
                .asConstraint("no table left that seats the meeting");
    }

    Constraint placeEveryRequest(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedMeeting.class).filter(meeting -> meeting.slot() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint("accepted request not placed");
    }

    Constraint placeHigherPrioritiesFirst(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedMeeting.class).filter(meeting -> meeting.slot() == null)
                .penalize(HardMediumSoftScore.ONE_SOFT, meeting -> PRIORITY_WEIGHT * meeting.priority())
                .asConstraint("priority of the requests not placed");
    }

    Constraint keepPublishedMeetingsInPlace(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedMeeting.class).filter(PlannedMeeting::movedFromPublishedPlace)
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .asConstraint("published meeting moved");
    }
}
