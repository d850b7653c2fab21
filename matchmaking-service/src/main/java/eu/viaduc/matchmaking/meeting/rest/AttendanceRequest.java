package eu.viaduc.matchmaking.meeting.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceRequest", examples = """
        {"organisationId": "5d1c7e0a-2b8f-4a6e-9c3d-7f0e1a2b3c4d", "present": false}""")
public record AttendanceRequest(
        @Schema(description = "One side of the meeting") @NotNull UUID organisationId,
        @Schema(description = "Whether it came; false marks a no-show") @NotNull Boolean present) {
}
