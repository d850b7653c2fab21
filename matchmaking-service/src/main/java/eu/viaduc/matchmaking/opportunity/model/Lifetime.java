package eu.viaduc.matchmaking.opportunity.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How long a published opportunity stays up: the usual lifetime (365 days unless configured), cut
 * short by its deadline if it has one; a partner search lives until its call's deadline, however far.
 * A deadline is a calendar day: it ends at midnight UTC after it.
 */
public final class Lifetime {

    private Lifetime() {
    }

    public static Instant expiresAt(OpportunityType type, LocalDate deadline, Instant from, Duration lifetime) {
        Instant usual = from.plus(lifetime);
        if (deadline == null) {
            return usual;
        }
        Instant deadlineEnds = endOf(deadline);
        return type.livesUntilDeadline() || deadlineEnds.isBefore(usual) ? deadlineEnds : usual;
    }

    /** The moment a deadline day is over. */
    public static Instant endOf(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether the deadline day is over at this moment. */
    public static boolean isPast(LocalDate deadline, Instant now) {
        return deadline != null && !endOf(deadline).isAfter(now);
    }
}
