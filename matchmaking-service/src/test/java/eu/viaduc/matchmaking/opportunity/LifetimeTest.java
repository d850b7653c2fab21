package eu.viaduc.matchmaking.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import eu.viaduc.matchmaking.opportunity.model.Lifetime;
import eu.viaduc.matchmaking.opportunity.model.OpportunityType;

/** How long a published opportunity stays up, by hand-checkable dates. */
class LifetimeTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration YEAR = Duration.ofDays(365);

    @Test
    void withoutDeadlineAnOpportunityLivesItsLifetime() {
        assertThat(Lifetime.expiresAt(OpportunityType.BUSINESS_OFFER, null, NOW, YEAR))
                .isEqualTo(Instant.parse("2027-12-04T10:00:00Z"));
    }

    @Test
    void aNearerDeadlineCutsItShortAtTheEndOfItsDay() {
        assertThat(Lifetime.expiresAt(OpportunityType.URGENT_NEED, LocalDate.parse("2027-01-31"), NOW, YEAR))
                .isEqualTo(Instant.parse("2027-02-01T00:00:00Z"));
        // a deadline beyond the lifetime does not lengthen it
        assertThat(Lifetime.expiresAt(OpportunityType.BUYER_REQUEST, LocalDate.parse("2029-01-31"), NOW, YEAR))
                .isEqualTo(Instant.parse("2027-12-04T10:00:00Z"));
    }

    @Test
    void aPartnerSearchLivesUntilItsCallDeadlineHoweverFar() {
        assertThat(Lifetime.expiresAt(OpportunityType.PARTNER_SEARCH, LocalDate.parse("2029-01-31"), NOW, YEAR))
                .isEqualTo(Instant.parse("2029-02-01T00:00:00Z"));
    }

    @Test
    void aDeadlineIsPastOnlyOnceItsDayIsOver() {
        assertThat(Lifetime.isPast(LocalDate.parse("2026-12-04"), NOW)).isFalse();
        assertThat(Lifetime.isPast(LocalDate.parse("2026-12-03"), NOW)).isTrue();
        assertThat(Lifetime.isPast(null, NOW)).isFalse();
    }
}
