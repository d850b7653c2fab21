package eu.viaduc.exchange.exchange.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.exchange.exchange.events.ExchangeJournal;
import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.model.ExchangeState;
import eu.viaduc.exchange.programme.model.ParticipantCategory;
import eu.viaduc.exchange.programme.service.LumpSumRules.LumpSum;

@Schema(name = "Exchange")
public record ExchangeView(UUID id, UUID programmeId, UUID offerId, UUID visitorOrganisationId, UUID hostOrganisationId,
        @Schema(description = "From the visitor's organisation type") ParticipantCategory category,
        String visitorCountry, String hostCountry, String valueChain, LocalDate startsOn, LocalDate endsOn,
        @Schema(description = "Working days of the stay in the host country") int workingDays, String objectives,
        @Schema(nullable = true, description = "Null once erased on request") Person person,
        @Schema(nullable = true) OffsetDateTime personalDataErasedAt,
        ExchangeState state,
        @Schema(nullable = true, description = "Why it was rejected, withdrawn or cancelled") String reason,
        @Schema(description = "The lump sum and how it was computed") LumpSumView lumpSum,
        @Schema(nullable = true) OffsetDateTime visitorSignedAt, @Schema(nullable = true) OffsetDateTime hostSignedAt,
        @Schema(nullable = true) String report, List<String> outcomes, List<MoveView> history, long version,
        OffsetDateTime createdAt, OffsetDateTime changedAt) {

    @Schema(name = "ExchangePerson")
    public record Person(String name, String email, @Schema(nullable = true) UUID contactId) {
    }

    @Schema(name = "LumpSum")
    public record LumpSumView(BigDecimal amount, String currency, String hostCountry,
            @Schema(description = "The programme's amount for the host country") BigDecimal fullAmount, int workingDays,
            @Schema(nullable = true, description = "Great-circle distance between host and visitor; null when one has no registered point")
            Integer distanceKm,
            @Schema(description = "SHORT_STAY (under 5 working days), SHORT_DISTANCE (under 200 km); empty: full rate")
            List<String> halvedBecause) {

        static LumpSumView of(LumpSum lumpSum) {
            return new LumpSumView(lumpSum.amount(), lumpSum.currency(), lumpSum.hostCountry(), lumpSum.fullAmount(),
                    lumpSum.workingDays(), lumpSum.distanceKm(), lumpSum.halvedBecause());
        }
    }

    @Schema(name = "ExchangeMove")
    public record MoveView(@Schema(nullable = true) ExchangeState from, ExchangeState to, OffsetDateTime at,
            @Schema(nullable = true) String reason) {
    }

    public static ExchangeView of(Exchange exchange, List<ExchangeJournal.Move> history) {
        var person = exchange.person();
        return new ExchangeView(exchange.id(), exchange.programmeId(), exchange.offerId(),
                exchange.visitorOrganisationId(), exchange.hostOrganisationId(), exchange.category(),
                exchange.visitorCountry(), exchange.hostCountry(), exchange.valueChain(), exchange.startsOn(),
                exchange.endsOn(), exchange.workingDays(), exchange.objectives(),
                person.name() == null ? null : new Person(person.name(), person.email(), person.contactId()),
                exchange.personalDataErasedAt(), exchange.state(), exchange.reason(),
                LumpSumView.of(exchange.lumpSum()), exchange.visitorSignedAt(), exchange.hostSignedAt(),
                exchange.report(), exchange.outcomes(),
                history.stream().map(move -> new MoveView(move.from(), move.to(), move.at(), move.reason())).toList(),
                exchange.version(), exchange.createdAt(), exchange.changedAt());
    }
}
