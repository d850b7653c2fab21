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

@Schema(name = "Programme")
public record ProgrammeView(UUID id, UUID allianceId, String name, LocalDate startsOn, LocalDate endsOn, Stay stay,
        List<ProgrammeRequest.Target> targets,
        @Schema(description = "The full lump sum by host country") Map<String, BigDecimal> lumpSums,
        ProgrammeRequest.Money budget, long version, OffsetDateTime createdAt, OffsetDateTime changedAt) {

    @Schema(name = "Stay", description = "Stay length rules, and when the lump sum is halved")
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
