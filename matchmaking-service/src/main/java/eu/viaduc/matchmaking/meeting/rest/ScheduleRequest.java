package eu.viaduc.matchmaking.meeting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduleRequest", examples = """
        {"allowMoves": false}""")
public record ScheduleRequest(
        @Schema(description = "Whether meetings already scheduled may move to make room for more (default: they stay)") Boolean allowMoves) {
}
