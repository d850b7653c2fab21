package eu.viaduc.matchmaking.meeting.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.meeting.model.EventTable;
import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.OrganiserKind;
import eu.viaduc.matchmaking.meeting.model.Session;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/** A cluster's or alliance's manager sets up a matchmaking event: its day, sessions cut into slots, and tables. */
@ApplicationScoped
public class CreateMatchmakingEvent {

    private final MatchmakingEvents events;
    private final EntityManager entityManager;
    private final Caller caller;

    @Inject
    public CreateMatchmakingEvent(MatchmakingEvents events, EntityManager entityManager, Caller caller) {
        this.events = events;
        this.entityManager = entityManager;
        this.caller = caller;
    }

    /** What the organiser gives. */
    public record Plan(String title, String description, OrganiserKind organiserKind, UUID organiserId, LocalDate date,
            String timeZone, Instant registrationDeadline, Duration requestPendingFor, List<Session> sessions,
            List<EventTable> tables) {
    }

    @Transactional
    public MatchmakingEvent create(Plan plan) {
        if (!events.mayOrganise(plan.organiserKind(), plan.organiserId())) {
            throw ProblemException.forbidden("only the managers of that " + plan.organiserKind().name().toLowerCase()
                    + " organise its events");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(plan.timeZone());
        } catch (RuntimeException e) {
            throw ProblemException.invalid("timeZone", "is not a time zone such as Europe/Brussels");
        }
        Duration pendingFor = plan.requestPendingFor() == null ? Duration.ofHours(48) : plan.requestPendingFor();
        if (pendingFor.compareTo(Duration.ofMinutes(5)) < 0 || pendingFor.compareTo(Duration.ofDays(60)) > 0) {
            throw ProblemException.invalid("requestPendingFor", "must be between 5 minutes and 60 days");
        }
        for (int i = 0; i < plan.tables().size(); i++) {
            EventTable table = plan.tables().get(i);
            for (int j = 0; j < i; j++) {
                if (plan.tables().get(j).name().equalsIgnoreCase(table.name())) {
                    throw ProblemException.invalid("tables[" + i + "].name", "is the name of tables[" + j + "] too");
                }
            }
        }
        MatchmakingEvent event = MatchmakingEvent.plan(plan.title().strip(),
                plan.description() == null || plan.description().isBlank() ? null : plan.description().strip(),
                plan.organiserKind(), plan.organiserId(), plan.date(), zone.getId(), plan.registrationDeadline(), pendingFor,
                Session.slotsOf(plan.sessions(), plan.date(), zone), plan.tables(), caller.id(), Instant.now());
        entityManager.persist(event);
        return event;
    }
}
