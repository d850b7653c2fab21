package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.List;
import java.util.UUID;

/**
 * The scheduler's answer: where each placed meeting is, why each other accepted request is not placed,
 * and how far the result may be from the best possible.
 *
 * @param upperBound no plan can hold more meetings than this (see {@link UpperBound})
 * @param solvingMillis how long the solver ran
 */
public record Schedule(List<Placed> placed, List<Unplaced> unplaced, int upperBound, long solvingMillis) {

    public Schedule {
        placed = List.copyOf(placed);
        unplaced = List.copyOf(unplaced);
    }

    /** Whether the plan is proven best for the number of meetings: it reaches the upper bound. */
    public boolean reachesUpperBound() {
        return placed.size() == upperBound;
    }

    /** A placed meeting. */
    public record Placed(UUID requestId, int slot, int table) {
    }

    /** An accepted request the plan could not place, and why. */
    public record Unplaced(UUID requestId, UnplacedReason reason) {
    }

    /** Why an accepted request has no place. */
    public enum UnplacedReason {
        /** The two sides share no available slot. */
        NO_COMMON_SLOT,
        /** The requesting organisation has as many meetings as it wants. */
        REQUESTER_AT_MAXIMUM,
        /** The requested organisation has as many meetings as it wants. */
        TARGET_AT_MAXIMUM,
        /** In every slot both sides are available for, one of them already meets someone else. */
        BUSY_IN_EVERY_COMMON_SLOT,
        /** In a slot where both sides are free, no table is left that seats them. */
        NO_TABLE_LEFT
    }
}
