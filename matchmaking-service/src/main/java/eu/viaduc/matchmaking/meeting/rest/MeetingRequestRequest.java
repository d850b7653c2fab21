package eu.viaduc.matchmaking.meeting.rest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingRequestRequest", examples = """
        {"requesterId": "5d1c7e0a-2b8f-4a6e-9c3d-7f0e1a2b3c4d", "targetId": "3f2e1d0c-9b8a-4765-8432-10fedcba9876",
         "priority": 4, "message": "We are looking for a partner for recycled denim."}""")
public record MeetingRequestRequest(
        @Schema(description = "The organisation asking; the caller must be its EDITOR or ADMIN") @NotNull UUID requesterId,
        @Schema(description = "The participant asked") @NotNull UUID targetId,
        @Schema(description = "How much the requester wants this meeting, 1 to 5 (default 3): higher ones are placed first") @Min(1) @Max(5) Integer priority,
        @Schema(description = "For the organisation asked; never in events") @Size(max = 2000) String message) {
}
