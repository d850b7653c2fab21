package eu.viaduc.exchange.activity.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.exchange.activity.model.Activity;

@Schema(name = "ActivityRequest", examples = """
        {"programmeId": "9b1e0000-0000-4000-8000-000000000001", "kind": "TRAINING",
         "title": "Capacity building for cluster managers: running cross-border stays",
         "startsAt": "2026-03-10T09:00:00+02:00", "endsAt": "2026-03-10T17:00:00+02:00",
         "location": "Sofia, Bulgarian Fashion Association", "capacity": 25}""")
public record ActivityRequest(
        @NotNull UUID programmeId,
        @NotNull Activity.Kind kind,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 5000) String description,
        @Schema(description = "With its offset, as at the venue") @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @Schema(description = "A venue or an online meeting address") @NotBlank @Size(max = 300) String location,
        @Min(1) @Max(10000) int capacity) {
}
