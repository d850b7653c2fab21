package eu.viaduc.exchange.activity.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.exchange.activity.model.Activity;
import eu.viaduc.exchange.activity.model.Registration;
import eu.viaduc.exchange.activity.service.Activities;
import eu.viaduc.platform.outbox.Outbox;

/**
 * Activity events, keyed by activity id: the whole activity with how many hold a place and how many
 * wait, published on every change of the activity or its registrations (no personal data).
 */
@ApplicationScoped
public class ActivityEvents {

    public static final String TOPIC = "viaduc.exchange.activities";
    public static final String CHANGED_V1 = "eu.viaduc.exchange.activity.changed.v1";

    private final Outbox outbox;
    private final Activities activities;
    private final EntityManager entityManager;

    @Inject
    public ActivityEvents(Outbox outbox, Activities activities, EntityManager entityManager) {
        this.outbox = outbox;
        this.activities = activities;
        this.entityManager = entityManager;
    }

    /** Flushes first, so that the event carries the new version and counts. */
    public void changed(Activity activity) {
        entityManager.flush();
        outbox.append(TOPIC, CHANGED_V1, activity.id().toString(), new Snapshot(activity.id(), activity.version(),
                activity.programmeId(), activity.kind().name(), activity.title(), activity.startsAt(), activity.endsAt(),
                activity.location(), activity.capacity(), activity.status().name(),
                activities.count(activity.id(), Registration.Status.REGISTERED),
                activities.count(activity.id(), Registration.Status.WAITING), activity.changedAt()));
    }

    /** Data of activity.changed.v1; see its JSON Schema in event-contracts. */
    public record Snapshot(UUID activityId, long version, UUID programmeId, String kind, String title,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String location, int capacity, String status,
            long registered, long waiting, OffsetDateTime changedAt) {
    }
}
