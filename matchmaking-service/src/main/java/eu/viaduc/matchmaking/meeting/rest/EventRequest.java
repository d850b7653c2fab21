package eu.viaduc.matchmaking.meeting.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.matchmaking.meeting.model.OrganiserKind;

@Schema(name = "MatchmakingEventRequest", examples = """
        {"title": "Textile & Fashion B2B speed dating", "organiserKind": "CLUSTER",
         "organiserId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "date": "2027-03-10", "timeZone": "Europe/Brussels",
         "registrationDeadline": "2027-03-08T17:00:00Z", "requestPendingFor": "PT48H",
         "sessions": [{"name": "Morning", "start": "09:00", "end": "12:00", "slotMinutes": 20, "breakMinutes": 5},
                      {"name": "Afternoon", "start": "14:00", "end": "16:00", "slotMinutes": 20, "breakMinutes": 5}],
         "tables": [{"name": "T1", "seats": 4}, {"name": "T2", "seats": 4}, {"name": "Room A", "seats": 8}]}""")
public record EventRequest(
        @Schema(description = "What the event is called") @NotBlank @Size(max = 200) String title,
        @Schema(description = "What it is about") @Size(max = 4000) String description,
        @Schema(description = "Who organises it: a cluster's managers or an alliance's") @NotNull OrganiserKind organiserKind,
        @Schema(description = "The cluster or alliance; the caller must be one of its managers") @NotNull UUID organiserId,
        @Schema(description = "The day of the event") @NotNull LocalDate date,
        @Schema(description = "The event's time zone (IANA), in which sessions are given") @NotBlank String timeZone,
        @Schema(description = "Registrations and meeting requests are taken until then") @NotNull Instant registrationDeadline,
        @Schema(description = "How long a meeting request waits for its answer before it expires (ISO-8601, default 48 hours)",
                implementation = String.class, examples = "PT48H") Duration requestPendingFor,
        @Schema(description = "Sessions of the day, each cut into slots with a break after each; sessions may not overlap")
        @NotEmpty @Size(max = 20) List<@Valid @NotNull SessionRequest> sessions,
        @Schema(description = "Tables or rooms, each seating so many people") @NotEmpty @Size(max = 2000)
        List<@Valid @NotNull TableRequest> tables) {

    @Schema(name = "SessionRequest", examples = """
            {"name": "Morning", "start": "09:00", "end": "12:00", "slotMinutes": 20, "breakMinutes": 5}""")
    public record SessionRequest(
            @Schema(description = "What the session is called") @NotBlank @Size(max = 100) String name,
            @Schema(description = "Local start time", implementation = String.class, examples = "09:00") @NotNull LocalTime start,
            @Schema(description = "Local end time", implementation = String.class, examples = "12:00") @NotNull LocalTime end,
            @Schema(description = "Minutes per meeting") @Min(5) @Max(240) int slotMinutes,
            @Schema(description = "Minutes of break after each slot") @Min(0) @Max(120) int breakMinutes) {
    }

    @Schema(name = "TableRequest", examples = """
            {"name": "Room A", "seats": 8}""")
    public record TableRequest(
            @Schema(description = "The table's or room's name, unique in the event") @NotBlank @Size(max = 60) String name,
            @Schema(description = "How many people it seats") @Min(2) @Max(100) int seats) {
    }
}
