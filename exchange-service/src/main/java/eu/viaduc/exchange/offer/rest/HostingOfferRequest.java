package eu.viaduc.exchange.offer.rest;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HostingOfferRequest", examples = """
        {"programmeId": "9b1e0000-0000-4000-8000-000000000001", "hostOrganisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10",
         "topic": "Circular knitwear: from yarn recovery to small series", "valueChain": "textile",
         "languages": ["en", "es"], "availableFrom": "2026-04-01", "availableUntil": "2026-10-30", "capacity": 3}""")
public record HostingOfferRequest(
        @NotNull UUID programmeId,
        @NotNull UUID hostOrganisationId,
        @NotBlank @Size(max = 300) String topic,
        @Size(max = 5000) String description,
        @NotBlank @Size(max = 100) String valueChain,
        @Schema(description = "ISO 639-1 codes of the languages the host speaks with visitors")
        @NotNull @Size(min = 1, max = 10) Set<@NotNull @Pattern(regexp = "^[a-z]{2}$") String> languages,
        @NotNull LocalDate availableFrom,
        @NotNull LocalDate availableUntil,
        @Schema(description = "How many visitors the host takes in during the window") @Min(1) @Max(100) int capacity) {
}
