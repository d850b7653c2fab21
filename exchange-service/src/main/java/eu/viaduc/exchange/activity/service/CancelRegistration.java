package eu.viaduc.exchange.activity.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.activity.events.ActivityEvents;
import eu.viaduc.exchange.activity.model.Activity;
import eu.viaduc.exchange.activity.model.Registration;
import eu.viaduc.exchange.programme.service.Programmes;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * A person cancels their registration (or the programme's managers cancel it); when it held a place,
 * the first of the waiting list takes it at once.
 */
@ApplicationScoped
public class CancelRegistration {

    private final Activities activities;
    private final Programmes programmes;
    private final ActivityEvents events;
    private final Caller caller;

    @Inject
    public CancelRegistration(Activities activities, Programmes programmes, ActivityEvents events, Caller caller) {
        this.activities = activities;
        this.programmes = programmes;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public Registration cancel(UUID activityId, UUID registrationId) {
        Activity activity = activities.lock(activityId);
        Registration registration = activities.registration(activityId, registrationId);
        boolean own = registration.subject().equals(caller.id());
        if (!own && !caller.mayManageAlliance(programmes.read(activity.programmeId()).allianceId())) {
            throw ProblemException.forbidden("only the person registered and the programme's managers cancel it");
        }
        boolean heldAPlace = registration.status() == Registration.Status.REGISTERED;
        registration.cancel();
        if (heldAPlace) {
            activities.firstWaiting(activityId).ifPresent(Registration::promote);
        }
        activity.registrationsChanged();
        events.changed(activity);
        return registration;
    }
}
