package eu.viaduc.matchmaking.meeting.service;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import eu.viaduc.matchmaking.meeting.model.EventSlot;
import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.matchmaking.meeting.model.RequestStatus;
import eu.viaduc.matchmaking.organisation.model.OrganisationProfile;
import eu.viaduc.matchmaking.organisation.service.OrganisationProfiles;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * A participant's agenda (its scheduled meetings, in time order) as JSON and as iCalendar, for its own
 * people and the organiser; and the organiser's table plan.
 */
@ApplicationScoped
public class Agendas {

    private final MatchmakingEvents events;
    private final OrganisationProfiles organisations;
    private final Caller caller;

    @Inject
    public Agendas(MatchmakingEvents events, OrganisationProfiles organisations, Caller caller) {
        this.events = events;
        this.organisations = organisations;
        this.caller = caller;
    }

    /** One meeting of an agenda or a table plan. */
    public record Meeting(UUID requestId, int slot, OffsetDateTime startsAt, OffsetDateTime endsAt, String table,
            UUID requesterId, String requesterName, UUID targetId, String targetName) {
    }

    public List<Meeting> agendaOf(UUID eventId, UUID organisationId) {
        MatchmakingEvent event = events.read(eventId);
        if (caller.roleIn(organisationId).isEmpty() && !events.mayOrganise(event.organiserKind(), event.organiserId())) {
            throw ProblemException.forbidden("an agenda is for the organisation's people and the event's organisers");
        }
        events.requireParticipant(eventId, organisationId, "organisationId");
        return meetings(event, events.requestsOf(eventId, organisationId));
    }

    public String calendarOf(UUID eventId, UUID organisationId) {
        MatchmakingEvent event = events.read(eventId);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Viaduc//matchmaking-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (Meeting meeting : agendaOf(eventId, organisationId)) {
            boolean asked = meeting.requesterId().equals(organisationId);
            String other = asked ? meeting.targetName() : meeting.requesterName();
            // times in UTC: every calendar application shows them in its own time zone
            VEvent entry = new VEvent(meeting.startsAt().toInstant(), meeting.endsAt().toInstant(),
                    "Meeting with " + other + " (" + event.title() + ")");
            entry.add(new Uid(meeting.requestId() + "@viaduc.eu"));
            entry.add(new Location(event.title() + ", table " + meeting.table()));
            entry.add(new Description((asked ? "You asked " : "You were asked by ") + other + " for this meeting."));
            calendar.add(entry);
        }
        return calendar.toString();
    }

    /** Every scheduled meeting of the event by slot and table, for the organiser. */
    public List<Meeting> tablePlan(UUID eventId) {
        MatchmakingEvent event = events.read(eventId);
        events.requireOrganiser(event);
        return meetings(event, events.requests(eventId));
    }

    private List<Meeting> meetings(MatchmakingEvent event, List<MeetingRequest> requests) {
        return requests.stream().filter(request -> request.status() == RequestStatus.SCHEDULED)
                .sorted(Comparator.comparing(MeetingRequest::slot).thenComparing(MeetingRequest::table))
                .map(request -> {
                    EventSlot slot = event.slots().get(request.slot());
                    return new Meeting(request.id(), request.slot(), slot.startsAt(), slot.endsAt(),
                            event.tables().get(request.table()).name(), request.requesterId(), nameOf(request.requesterId()),
                            request.targetId(), nameOf(request.targetId()));
                }).toList();
    }

    private String nameOf(UUID organisation) {
        return organisations.find(organisation).map(OrganisationProfile::name).orElse("an organisation");
    }
}
