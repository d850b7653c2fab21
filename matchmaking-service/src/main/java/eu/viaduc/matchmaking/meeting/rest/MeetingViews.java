package eu.viaduc.matchmaking.meeting.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.matchmaking.meeting.model.EventSlot;
import eu.viaduc.matchmaking.meeting.model.EventTable;
import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.matchmaking.meeting.model.OrganiserKind;
import eu.viaduc.matchmaking.meeting.model.Participant;
import eu.viaduc.matchmaking.meeting.model.RequestStatus;
import eu.viaduc.matchmaking.meeting.scheduling.Schedule;
import eu.viaduc.matchmaking.meeting.service.Agendas;
import eu.viaduc.matchmaking.meeting.service.ScheduleMeetings;
import eu.viaduc.matchmaking.meeting.service.SuggestMeetings;
import eu.viaduc.matchmaking.ranking.model.Weights;
import eu.viaduc.matchmaking.ranking.rest.MatchViews;

/** What the meeting endpoints answer. */
final class MeetingViews {

    private MeetingViews() {
    }

    @Schema(name = "MatchmakingEvent", examples = """
            {"id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b", "title": "Textile & Fashion B2B speed dating",
             "description": "Buyers and suppliers of the Franco-Belgian textile value chain meet in 20-minute slots.",
             "organiserKind": "CLUSTER", "organiserId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "date": "2027-03-10",
             "timeZone": "Europe/Brussels", "registrationDeadline": "2027-03-08T17:00:00Z", "requestPendingFor": "PT48H",
             "slots": [{"index": 0, "session": "Morning", "startsAt": "2027-03-10T08:00:00Z", "endsAt": "2027-03-10T08:20:00Z"},
                       {"index": 1, "session": "Morning", "startsAt": "2027-03-10T08:25:00Z", "endsAt": "2027-03-10T08:45:00Z"}],
             "tables": [{"index": 0, "name": "T1", "seats": 4}, {"index": 1, "name": "T2", "seats": 4}],
             "scheduledAt": "2027-03-09T07:00:00Z", "version": 5}""")
    record EventView(@Schema(required = true) UUID id, @Schema(required = true) String title,
            @Schema(required = true, nullable = true) String description, @Schema(required = true) OrganiserKind organiserKind,
            @Schema(required = true) UUID organiserId, @Schema(required = true) LocalDate date,
            @Schema(required = true) String timeZone, @Schema(required = true) OffsetDateTime registrationDeadline,
            @Schema(required = true, description = "ISO-8601 duration", implementation = String.class) String requestPendingFor,
            @Schema(required = true) List<SlotView> slots, @Schema(required = true) List<TableView> tables,
            @Schema(required = true, nullable = true, description = "When the scheduler last ran") OffsetDateTime scheduledAt,
            @Schema(required = true) long version) {

        static EventView of(MatchmakingEvent e) {
            return new EventView(e.id(), e.title(), e.description(), e.organiserKind(), e.organiserId(), e.date(), e.timeZone(),
                    e.registrationDeadline(), e.requestPendingFor().toString(),
                    e.slots().stream().map(SlotView::of).toList(),
                    java.util.stream.IntStream.range(0, e.tables().size()).mapToObj(i -> TableView.of(i, e.tables().get(i))).toList(),
                    e.scheduledAt(), e.version());
        }
    }

    @Schema(name = "MatchmakingEventSlot", examples = """
            {"index": 3, "session": "Morning", "startsAt": "2027-03-10T09:15:00Z", "endsAt": "2027-03-10T09:35:00Z"}""")
    record SlotView(@Schema(required = true) int index, @Schema(required = true) String session,
            @Schema(required = true) OffsetDateTime startsAt, @Schema(required = true) OffsetDateTime endsAt) {

        static SlotView of(EventSlot slot) {
            return new SlotView(slot.index(), slot.session(), slot.startsAt(), slot.endsAt());
        }
    }

    @Schema(name = "MatchmakingEventTable", examples = """
            {"index": 1, "name": "T2", "seats": 4}""")
    record TableView(@Schema(required = true) int index, @Schema(required = true) String name, @Schema(required = true) int seats) {

        static TableView of(int index, EventTable table) {
            return new TableView(index, table.name(), table.seats());
        }
    }

    @Schema(name = "MatchmakingEventParticipant", examples = """
            {"organisationId": "5d1c7e0a-2b8f-4a6e-9c3d-7f0e1a2b3c4d", "maxMeetings": 5, "availableSlots": [0, 1, 2, 3, 6, 7],
             "marketplace": ["0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10"], "attendees": 2, "registeredAt": "2027-02-15T10:30:00Z",
             "noShows": 0}""")
    record ParticipantView(@Schema(required = true) UUID organisationId, @Schema(required = true) int maxMeetings,
            @Schema(required = true) List<Integer> availableSlots, @Schema(required = true) List<UUID> marketplace,
            @Schema(required = true) int attendees, @Schema(required = true) OffsetDateTime registeredAt,
            @Schema(required = true, nullable = true, description = "Meetings at events so far it did not come to; for organisers only")
            Long noShows) {

        static ParticipantView of(Participant p, Long noShows) {
            return new ParticipantView(p.organisationId(), p.maxMeetings(), p.availableSlots(), p.marketplace(),
                    p.people().size(), p.registeredAt(), noShows);
        }
    }

    @Schema(name = "MeetingRequest", examples = """
            {"id": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d", "eventId": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
             "requesterId": "3f2e1d0c-9b8a-4765-8432-10fedcba9876", "targetId": "5d1c7e0a-2b8f-4a6e-9c3d-7f0e1a2b3c4d",
             "priority": 4, "message": "We would like to discuss your FFP2 mask capacity.", "status": "SCHEDULED",
             "requestedAt": "2027-02-20T14:00:00Z", "expiresAt": "2027-02-22T14:00:00Z", "answeredAt": "2027-02-21T09:30:00Z",
             "declineReason": null, "slot": 3, "table": 1, "version": 3}""")
    record RequestView(@Schema(required = true) UUID id, @Schema(required = true) UUID eventId,
            @Schema(required = true) UUID requesterId, @Schema(required = true) UUID targetId,
            @Schema(required = true) int priority, @Schema(required = true, nullable = true, description = "For the two organisations' people only") String message,
            @Schema(required = true) RequestStatus status, @Schema(required = true) OffsetDateTime requestedAt,
            @Schema(required = true) OffsetDateTime expiresAt, @Schema(required = true, nullable = true) OffsetDateTime answeredAt,
            @Schema(required = true, nullable = true) String declineReason,
            @Schema(required = true, nullable = true, description = "Slot index, once scheduled") Integer slot,
            @Schema(required = true, nullable = true, description = "Table index, once scheduled") Integer table,
            @Schema(required = true) long version) {

        /** The message is for the two organisations: {@code withMessage} only when the caller is one of their people. */
        static RequestView of(MeetingRequest r, boolean withMessage) {
            return new RequestView(r.id(), r.eventId(), r.requesterId(), r.targetId(), r.priority(),
                    withMessage ? r.message() : null, r.status(),
                    r.requestedAt(), r.expiresAt(), r.answeredAt(), r.declineReason(), r.slot(), r.table(), r.version());
        }
    }

    @Schema(name = "MeetingScheduleReport", examples = """
            {"placed": 42, "newlyScheduled": 6, "moved": 0, "unscheduled": 0, "upperBound": 43, "solvingMillis": 1850,
             "unplacedRequests": [{"requestId": "b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e", "reason": "NO_COMMON_SLOT"}],
             "reason": null}""")
    record ScheduleView(
            @Schema(required = true, description = "Meetings in the plan") int placed,
            @Schema(required = true, description = "Of those, placed by this run for the first time") int newlyScheduled,
            @Schema(required = true, description = "Of those, moved by this run (only when moves were allowed)") int moved,
            @Schema(required = true, description = "Meetings scheduled before that this run could not keep") int unscheduled,
            @Schema(required = true, description = "No plan can hold more meetings than this") int upperBound,
            @Schema(required = true) long solvingMillis,
            @Schema(required = true, description = "Accepted requests without a place, and why") List<UnplacedView> unplacedRequests,
            @Schema(required = true, nullable = true, description = "Why nothing was planned, when nothing was") String reason) {

        static ScheduleView of(ScheduleMeetings.Outcome outcome) {
            Schedule s = outcome.schedule();
            return new ScheduleView(s.placed().size(), outcome.newlyScheduled(), outcome.moved(), outcome.unscheduled(),
                    s.upperBound(), s.solvingMillis(),
                    s.unplaced().stream().map(u -> new UnplacedView(u.requestId(), u.reason())).toList(), outcome.reason());
        }
    }

    @Schema(name = "UnplacedMeetingRequest", examples = """
            {"requestId": "b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e", "reason": "NO_COMMON_SLOT"}""")
    record UnplacedView(@Schema(required = true) UUID requestId, @Schema(required = true) Schedule.UnplacedReason reason) {
    }

    @Schema(name = "MeetingSuggestion", examples = """
            {"organisationId": "5d1c7e0a-2b8f-4a6e-9c3d-7f0e1a2b3c4d", "name": "Atelier de Confection Tournai SRL",
             "opportunityId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10", "direction": "ANSWERS_YOURS", "score": 84.5,
             "requestOpen": false,
             "factors": [
              {"factor": "competence", "value": 1.0, "weight": 0.35, "points": 35.0,
               "explanation": "Covers 1 of the 1 required competences. Offers “PPE production (masks, gowns, gloves)”."},
              {"factor": "geography", "value": 1.0, "weight": 0.15, "points": 15.0,
               "explanation": "BE is among the countries sought."}]}""")
    record SuggestionView(@Schema(required = true, description = "The participant to meet") UUID organisationId,
            @Schema(required = true, nullable = true) String name,
            @Schema(required = true, description = "The opportunity the match is about") UUID opportunityId,
            @Schema(required = true) SuggestMeetings.Direction direction,
            @Schema(required = true, description = "0..100, the sum of the factors' points") double score,
            @Schema(required = true, description = "Whether a request between the two is already open") boolean requestOpen,
            @Schema(required = true) List<MatchViews.FactorView> factors) {

        static SuggestionView of(SuggestMeetings.Suggestion s, String language) {
            return new SuggestionView(s.organisationId(), s.name(), s.opportunityId(), s.direction(),
                    MatchViews.round(s.match().score()), s.requestOpen(),
                    MatchViews.FactorView.of(s.match().factors(), Weights.defaults(), language));
        }
    }

    @Schema(name = "ScheduledMeeting", examples = """
            {"requestId": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d", "slot": 3, "startsAt": "2027-03-10T09:15:00Z",
             "endsAt": "2027-03-10T09:35:00Z", "table": "T2", "requesterId": "3f2e1d0c-9b8a-4765-8432-10fedcba9876",
             "requesterName": "Santé Textile Hauts-de-France", "targetId": "5d1c7e0a-2b8f-4a6e-9c3d-7f0e1a2b3c4d",
             "targetName": "Atelier de Confection Tournai SRL"}""")
    record MeetingView(@Schema(required = true) UUID requestId, @Schema(required = true) int slot,
            @Schema(required = true) OffsetDateTime startsAt, @Schema(required = true) OffsetDateTime endsAt,
            @Schema(required = true) String table, @Schema(required = true) UUID requesterId,
            @Schema(required = true) String requesterName, @Schema(required = true) UUID targetId,
            @Schema(required = true) String targetName) {

        static MeetingView of(Agendas.Meeting m) {
            return new MeetingView(m.requestId(), m.slot(), m.startsAt(), m.endsAt(), m.table(), m.requesterId(),
                    m.requesterName(), m.targetId(), m.targetName());
        }
    }
}
