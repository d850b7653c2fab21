package eu.viaduc.exchange.activity.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.activity.events.ActivityEvents;
import eu.viaduc.exchange.activity.model.Activity;
import eu.viaduc.exchange.activity.model.Registration;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * A member of the platform (a person who acts for an organisation or manages a cluster or alliance)
 * registers for an activity: a place while there is one, else the end of the waiting list.
 */
@ApplicationScoped
public class RegisterForActivity {

    private final EntityManager entityManager;
    private final Activities activities;
    private final ActivityEvents events;
    private final Caller caller;

    @Inject
    public RegisterForActivity(EntityManager entityManager, Activities activities, ActivityEvents events, Caller caller) {
        this.entityManager = entityManager;
        this.activities = activities;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public Registration register(UUID activityId) {
        if (!caller.isAffiliated()) {
            throw ProblemException.forbidden("activities are for the people of the platform's organisations, clusters "
                    + "and alliances");
        }
        Activity activity = activities.lock(activityId);
        activity.requireOpenForRegistration(OffsetDateTime.now(ZoneOffset.UTC));
        if (activities.registrationOf(activityId, caller.id()).isPresent()) {
            throw ProblemException.conflict("you are registered for this activity already");
        }
        boolean placeLeft = activities.count(activityId, Registration.Status.REGISTERED) < activity.capacity();
        Registration registration = Registration.of(activityId, caller.id(), caller.displayName(),
                caller.email().orElse(null), placeLeft);
        entityManager.persist(registration);
        activity.registrationsChanged();
        events.changed(activity);
        return registration;
    }
}
