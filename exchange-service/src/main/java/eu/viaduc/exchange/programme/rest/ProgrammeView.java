package eu.viaduc.exchange.programme.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.exchange.programme.service.LumpSumRules;

@Schema(name = "Programme", examples = """
        {"id": "9b1e0000-0000-4000-8000-000000000001", "allianceId": "a11a0000-0000-4000-8000-000000000001",
         "name": "CLOTH ClusterXchange", "startsOn": "2026-03-01", "endsOn": "2028-02-29",
         "stay": {"minWorkingDays": 3, "maxWorkingDays": 5, "fullRateFromWorkingDays": 5, "fullRateFromDistanceKm": 200},
         "targets": [{"category": "SME", "target": 75, "capped": true},
                     {"category": "CLUSTER_ORGANISATION", "target": 10, "capped": true},
                     {"category": "SUPPORT_ORGANISATION", "target": 5, "capped": true},
                     {"category": "LARGE_COMPANY", "target": 5, "capped": true},
                     {"category": "PUBLIC_BODY", "target": 5, "capped": true}],
         "lumpSums": {"BG": 800.00, "DK": 1300.00, "ES": 1100.00, "FR": 1200.00, "RO": 800.00},
         "budget": {"amount": 110000.00, "currency": "EUR"}, "version": 1, "createdAt": "2026-02-02T09:00:00Z",
         "changedAt": "2026-02-10T14:00:00Z"}""")
public record ProgrammeView(UUID id, UUID allianceId, String name, LocalDate startsOn, LocalDate endsOn, Stay stay,
        List<ProgrammeRequest.Target> targets,
        @Schema(description = "The full lump sum by host country") Map<String, BigDecimal> lumpSums,
        ProgrammeRequest.Money budget, long version, OffsetDateTime createdAt, OffsetDateTime changedAt) {

    @Schema(name = "Stay", description = "Stay length rules, and when the lump sum is halved", examples = """
            {"minWorkingDays": 3, "maxWorkingDays": 5, "fullRateFromWorkingDays": 5, "fullRateFromDistanceKm": 200}""")
    public record Stay(int minWorkingDays, int maxWorkingDays,
            @Schema(description = "The lump sum is halved for a stay of fewer working days") int fullRateFromWorkingDays,
            @Schema(description = "The lump sum is halved when host and visitor are closer than this (great-circle)")
            int fullRateFromDistanceKm) {
    }

    public static ProgrammeView of(Programme programme) {
        return new ProgrammeView(programme.id(), programme.allianceId(), programme.name(), programme.startsOn(),
                programme.endsOn(),
                new Stay(programme.minWorkingDays(), programme.maxWorkingDays(), LumpSumRules.FULL_RATE_FROM_WORKING_DAYS,
                        LumpSumRules.FULL_RATE_FROM_DISTANCE_KM),
                programme.targets().stream()
                        .sorted(java.util.Comparator.comparing(target -> target.category().ordinal()))
                        .map(target -> new ProgrammeRequest.Target(target.category(), target.target(), target.capped()))
                        .toList(),
                programme.lumpSums(), new ProgrammeRequest.Money(programme.budget(), programme.currency()),
                programme.version(), programme.createdAt(), programme.changedAt());
    }

}
