package eu.viaduc.exchange.programme.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.exchange.programme.model.ParticipantCategory;

@Schema(name = "ProgrammeRequest", description = "A programme as its alliance's managers define it", examples = """
        {"allianceId": "a11a0000-0000-4000-8000-000000000001", "name": "CLOTH ClusterXchange",
         "startsOn": "2026-03-01", "endsOn": "2028-02-29", "stay": {"minWorkingDays": 3, "maxWorkingDays": 5},
         "targets": [{"category": "SME", "target": 75, "capped": true},
                     {"category": "CLUSTER_ORGANISATION", "target": 10, "capped": true},
                     {"category": "SUPPORT_ORGANISATION", "target": 5, "capped": true},
                     {"category": "LARGE_COMPANY", "target": 5, "capped": true},
                     {"category": "PUBLIC_BODY", "target": 5, "capped": true}],
         "lumpSums": {"ES": 1100, "BG": 800, "RO": 800, "DK": 1300, "FR": 1200},
         "budget": {"amount": 110000, "currency": "EUR"}}""")
public record ProgrammeRequest(
        @NotNull UUID allianceId,
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull @Valid StayRules stay,
        @Schema(description = "One target for each of the five participant categories")
        @NotNull @Size(min = 1, max = 5) List<@NotNull @Valid Target> targets,
        @Schema(description = "The full lump sum of a stay by host country (ISO 3166-1 alpha-2); a host country without "
                + "one cannot host in this programme")
        @NotNull @Size(min = 1, max = 60)
        Map<@Pattern(regexp = "^[A-Z]{2}$") String, @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal> lumpSums,
        @NotNull @Valid Money budget) {

    @Schema(name = "StayRules", description = "Working days of the stay itself: travel days are not counted, nor "
            + "weekends and the host country's public holidays. The EU scheme allows 3 working days up to one month.",
            examples = """
            {"minWorkingDays": 3, "maxWorkingDays": 5}""")
    public record StayRules(@Min(3) @Max(23) int minWorkingDays, @Min(3) @Max(23) int maxWorkingDays) {
    }

    @Schema(name = "CategoryTarget", examples = """
            {"category": "SME", "target": 75, "capped": true}""")
    public record Target(@NotNull ParticipantCategory category, @Min(0) @Max(100000) int target,
            @Schema(description = "true: validations stop at the target; false: the target is a goal") boolean capped) {
    }

    @Schema(name = "Money", examples = """
            {"amount": 110000.00, "currency": "EUR"}""")
    public record Money(@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "^[A-Z]{3}$") String currency) {
    }
}
