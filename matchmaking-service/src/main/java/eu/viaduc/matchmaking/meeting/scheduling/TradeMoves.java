package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Picks {@link TradeWithinParticipant} moves directly: a random request, one of its two sides, and another
 * request of that side. (Filtering random swaps down to these threw away about 99 of 100 at this size.)
 */
public class TradeMoves implements MoveIteratorFactory<MeetingPlan, TradeWithinParticipant> {

    private List<PlannedMeeting> meetings = List.of();
    private Map<Side, List<PlannedMeeting>> requestsOf = Map.of();

    @Override
    public void phaseStarted(ScoreDirector<MeetingPlan> scoreDirector) {
        // meetings kept in place never trade
        meetings = scoreDirector.getWorkingSolution().meetings().stream().filter(meeting -> !meeting.pinned()).toList();
        Map<Side, List<PlannedMeeting>> bySide = new IdentityHashMap<>();
        for (PlannedMeeting meeting : meetings) {
            bySide.computeIfAbsent(meeting.requester(), side -> new ArrayList<>()).add(meeting);
            bySide.computeIfAbsent(meeting.target(), side -> new ArrayList<>()).add(meeting);
        }
        requestsOf = bySide;
    }

    @Override
    public void phaseEnded(ScoreDirector<MeetingPlan> scoreDirector) {
        meetings = List.of();
        requestsOf = Map.of();
    }

    @Override
    public long getSize(ScoreDirector<MeetingPlan> scoreDirector) {
        return requestsOf.values().stream().mapToLong(list -> (long) list.size() * list.size()).sum();
    }

    @Override
    public Iterator<TradeWithinParticipant> createOriginalMoveIterator(ScoreDirector<MeetingPlan> scoreDirector) {
        throw new UnsupportedOperationException("trades are only ever picked at random");
    }

    @Override
    public Iterator<TradeWithinParticipant> createRandomMoveIterator(ScoreDirector<MeetingPlan> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !meetings.isEmpty();
            }

            @Override
            public TradeWithinParticipant next() {
                PlannedMeeting meeting = meetings.get(random.nextInt(meetings.size()));
                List<PlannedMeeting> sameSide = requestsOf.get(random.nextBoolean() ? meeting.requester() : meeting.target());
                return new TradeWithinParticipant(meeting, sameSide.get(random.nextInt(sameSide.size())));
            }
        };
    }
}
