package eu.viaduc.matchmaking.alert.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.matchmaking.alert.events.AlertEvents;

/**
 * When an opportunity is published or renewed, the people who should hear of it: first, for an
 * URGENT_NEED, every person acting for an organisation that offers one of its required competences (a
 * crisis does not wait for anyone's saved search), then everyone whose saved search matches it. One alert
 * per person and publication; nobody is alerted of their own organisation's opportunities. Each alert
 * is a row the mail job sends and an event, written in the transaction that applies the opportunity's event.
 */
@ApplicationScoped
public class RaiseAlerts {

    private static final String URGENT = """
            insert into alert (id, subject, opportunity_id, kind, organisation_id, trigger_event_id, created_at, next_attempt_at)
            select gen_random_uuid(), r.subject, o.id, 'URGENT_NEED', min(a.target_id::text)::uuid, ?2, now(), now()
            from opportunity o
            join organisation_profile p on p.competences && o.required_competences and p.id <> o.organisation_id
            join affiliation a on a.scope = 'ORGANISATION' and a.target_id = p.id
            join alert_recipient r on r.subject = a.subject and r.urgent_needs
            where o.id = ?1 and o.type = 'URGENT_NEED' and o.status = 'PUBLISHED'
              and not exists (select 1 from affiliation own where own.subject = r.subject and own.target_id = o.organisation_id)
            group by r.subject, o.id
            on conflict do nothing""";

    private static final String SAVED_SEARCHES = """
            insert into alert (id, subject, opportunity_id, kind, saved_search_id, trigger_event_id, created_at, next_attempt_at)
            select distinct on (s.subject) gen_random_uuid(), s.subject, o.id, 'SAVED_SEARCH', s.id, ?2, now(), now()
            from opportunity o, saved_search s
            where o.id = ?1 and o.status = 'PUBLISHED'
              and (cardinality(s.types) = 0 or o.type = any(s.types))
              and (cardinality(s.competences) = 0 or o.required_competences && s.competences)
              and (cardinality(s.countries) = 0 or cardinality(o.countries_sought) = 0 or o.countries_sought && s.countries)
              and (cardinality(s.nace_prefixes) = 0 or exists (
                    select 1 from unnest(o.nace_codes) code, unnest(s.nace_prefixes) prefix where code like prefix || '%'))
              and (s.q is null or o.search @@ opportunity_query(s.q))
              and not exists (select 1 from affiliation own where own.subject = s.subject and own.target_id = o.organisation_id)
            order by s.subject, s.created_at, s.id
            on conflict do nothing""";

    private final EntityManager entityManager;
    private final AlertEvents events;

    @Inject
    public RaiseAlerts(EntityManager entityManager, AlertEvents events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /** Raises the alerts of one publication or renewal ({@code trigger}: the event's id); returns how many. */
    public int raise(UUID opportunityId, String trigger) {
        for (String statement : List.of(URGENT, SAVED_SEARCHES)) {
            entityManager.createNativeQuery(statement).setParameter(1, opportunityId).setParameter(2, trigger).executeUpdate();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> raised = entityManager.createNativeQuery("""
                select a.id, a.subject, a.opportunity_id, o.type, a.kind, a.saved_search_id, a.organisation_id, a.created_at
                from alert a join opportunity o on o.id = a.opportunity_id
                where a.opportunity_id = ?1 and a.trigger_event_id = ?2 order by a.subject""")
                .setParameter(1, opportunityId).setParameter(2, trigger).getResultList();
        for (Object[] row : raised) {
            events.raised(new AlertEvents.Raised((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3],
                    (String) row[4], (UUID) row[5], (UUID) row[6], offset(row[7])));
        }
        return raised.size();
    }

    private static OffsetDateTime offset(Object value) {
        return value instanceof OffsetDateTime time ? time
                : ((Instant) value).atOffset(ZoneOffset.UTC);
    }
}
