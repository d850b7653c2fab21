package eu.viaduc.matchmaking.interest.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterestRequest", examples = """
        {"organisationId": "5d1c7e0a-2b8f-4a6e-9c3d-7f0e1a2b3c4d",
         "message": "We sew 20,000 FFP2 masks a week in Roubaix and can deliver from next month."}""")
public record InterestRequest(
        @Schema(description = "The organisation interested; the caller must be its EDITOR or ADMIN") @NotNull UUID organisationId,
        @Schema(description = "What the organisation offers, for the poster; never in events") @Size(max = 4000) String message) {
}
