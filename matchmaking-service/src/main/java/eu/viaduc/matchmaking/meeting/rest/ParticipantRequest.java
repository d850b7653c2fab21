package eu.viaduc.matchmaking.meeting.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ParticipantRequest", examples = """
        {"organisationId": "5d1c7e0a-2b8f-4a6e-9c3d-7f0e1a2b3c4d", "availableSlots": [0, 1, 2, 3, 6, 7],
         "maxMeetings": 5, "marketplace": ["0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10"]}""")
public record ParticipantRequest(
        @Schema(description = "The organisation taking part; the caller must be its EDITOR or ADMIN, and attends") @NotNull UUID organisationId,
        @Schema(description = "Indexes of the slots it is available for; all when empty or absent") @Size(max = 200) List<@NotNull Integer> availableSlots,
        @Schema(description = "The most meetings it wants; as many as there are slots when absent") @Min(1) @Max(200) Integer maxMeetings,
        @Schema(description = "Its own opportunities it brings to the event's marketplace") @Size(max = 20) List<@NotNull UUID> marketplace) {
}
