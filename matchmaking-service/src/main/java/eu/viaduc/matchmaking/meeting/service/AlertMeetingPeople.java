package eu.viaduc.matchmaking.meeting.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.matchmaking.alert.model.Alert;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;

/**
 * Tells the people an organisation sends to the event (those who registered it, and reachable by
 * e-mail) of a change to one of its meeting requests: an alert row per person, written in the
 * transaction of the change and mailed by the alert job, so the change and its alert stand or fall
 * together. Called after the change's event is appended, when the request carries the change's version.
 */
@ApplicationScoped
public class AlertMeetingPeople {

    private static final String ALERT = """
            insert into alert (id, subject, meeting_request_id, kind, organisation_id, trigger_event_id, created_at, next_attempt_at)
            select gen_random_uuid(), r.subject, ?1, ?2, p.organisation_id, ?3, now(), now()
            from event_participant p join alert_recipient r on r.subject = any(p.people)
            where p.event_id = ?4 and p.organisation_id in (?5, ?6)
            on conflict do nothing""";

    private final EntityManager entityManager;

    @Inject
    public AlertMeetingPeople(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Alerts the people of one side of the request. */
    public void alert(Alert.Kind kind, MeetingRequest request, UUID side) {
        alert(kind, request, side, side);
    }

    /** Alerts the people of both sides of the request (a person on both sides once). */
    public void alertBothSides(Alert.Kind kind, MeetingRequest request) {
        alert(kind, request, request.requesterId(), request.targetId());
    }

    private void alert(Alert.Kind kind, MeetingRequest request, UUID side, UUID otherSide) {
        entityManager.createNativeQuery(ALERT).setParameter(1, request.id()).setParameter(2, kind.name())
                .setParameter(3, kind.name() + ":" + request.version()).setParameter(4, request.eventId())
                .setParameter(5, side).setParameter(6, otherSide).executeUpdate();
    }
}
