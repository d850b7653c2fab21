package eu.viaduc.matchmaking.meeting.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.platform.members.PersonErased;

/**
 * A person erased in members-service leaves no trace in matchmaking events: they no longer attend for
 * their organisations, and where they registered, asked, answered, organised or marked attendance the
 * record says "erased" (their alerts go with their alert recipient row).
 */
@ApplicationScoped
class ForgetErasedAttendees {

    private static final String ERASED = "erased";

    private static final List<String> STATEMENTS = List.of("""
            update event_participant set people = array_remove(people, ?1),
                registered_by = case when registered_by = ?1 then ?2 else registered_by end, version = version + 1
            where ?1 = any(people) or registered_by = ?1""", """
            update meeting_request set requested_by = case when requested_by = ?1 then ?2 else requested_by end,
                answered_by = case when answered_by = ?1 then ?2 else answered_by end
            where requested_by = ?1 or answered_by = ?1""",
            "update matchmaking_event set created_by = ?2 where created_by = ?1",
            "update meeting_attendance set marked_by = ?2 where marked_by = ?1");

    private final EntityManager entityManager;

    @Inject
    ForgetErasedAttendees(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void forget(@Observes PersonErased erased) {
        for (String statement : STATEMENTS) {
            entityManager.createNativeQuery(statement).setParameter(1, erased.subject()).setParameter(2, ERASED).executeUpdate();
        }
    }
}
