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

@Schema(name = "Exchange", examples = """
        {"id": "ec0e0000-0000-4000-8000-000000000001", "programmeId": "9b1e0000-0000-4000-8000-000000000001",
         "offerId": "0f1e0000-0000-4000-8000-000000000001", "visitorOrganisationId": "7a3d9e10-5b2c-4f8e-a1d6-2c4b8e0f9a31",
         "hostOrganisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10", "category": "SME", "visitorCountry": "BG",
         "hostCountry": "ES", "valueChain": "textile", "startsOn": "2026-05-05", "endsOn": "2026-05-08", "workingDays": 4,
         "objectives": "Learn how the host recovers yarn from post-consumer knitwear and knits small series",
         "person": {"name": "Elena Petrova", "email": "elena.petrova@example.com",
                    "contactId": "c4a1b2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d"},
         "personalDataErasedAt": null, "state": "COMPLETED", "reason": null,
         "lumpSum": {"amount": 550.00, "currency": "EUR", "hostCountry": "ES", "fullAmount": 1100.00, "workingDays": 4,
                     "distanceKm": 1752, "halvedBecause": ["SHORT_STAY"]},
         "visitorSignedAt": "2026-03-11T09:20:00Z", "hostSignedAt": "2026-03-12T16:05:00Z",
         "report": "Four days in the host's knitting lab; we ran our cutting offcuts through their yarn recovery line.",
         "outcomes": ["Joint prototype of a recycled-yarn cardigan planned for autumn",
                      "Supplier contact for recycled cotton yarn"],
         "history": [{"from": null, "to": "DRAFT", "at": "2026-03-02T09:40:00Z", "reason": null},
                     {"from": "DRAFT", "to": "SUBMITTED", "at": "2026-03-02T10:15:00Z", "reason": null},
                     {"from": "SUBMITTED", "to": "VALIDATED", "at": "2026-03-04T08:30:00Z", "reason": null},
                     {"from": "VALIDATED", "to": "MATCHED", "at": "2026-03-09T14:30:00Z", "reason": null},
                     {"from": "MATCHED", "to": "AGREED", "at": "2026-03-12T16:05:00Z", "reason": null},
                     {"from": "AGREED", "to": "COMPLETED", "at": "2026-05-12T08:00:00Z", "reason": null}],
         "version": 6, "createdAt": "2026-03-02T09:40:00Z", "changedAt": "2026-05-12T08:00:00Z"}""")
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

    @Schema(name = "ExchangePerson", examples = """
            {"name": "Elena Petrova", "email": "elena.petrova@example.com",
             "contactId": "c4a1b2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""")
    public record Person(String name, String email, @Schema(nullable = true) UUID contactId) {
    }

    @Schema(name = "LumpSum", examples = """
            {"amount": 550.00, "currency": "EUR", "hostCountry": "ES", "fullAmount": 1100.00, "workingDays": 4,
             "distanceKm": 1752, "halvedBecause": ["SHORT_STAY"]}""")
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

    @Schema(name = "ExchangeMove", examples = """
            {"from": "SUBMITTED", "to": "VALIDATED", "at": "2026-03-04T08:30:00Z", "reason": null}""")
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
