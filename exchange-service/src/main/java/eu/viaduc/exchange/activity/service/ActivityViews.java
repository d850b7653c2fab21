package eu.viaduc.exchange.activity.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.activity.model.Activity;
import eu.viaduc.exchange.activity.model.Registration;
import eu.viaduc.exchange.activity.rest.ActivityView;
import eu.viaduc.exchange.activity.rest.RegistrationView;
import eu.viaduc.exchange.programme.service.Programmes;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/** Activities with their counts; registrations as their person and the programme's managers see them. */
@ApplicationScoped
public class ActivityViews {

    private final Activities activities;
    private final Programmes programmes;
    private final Caller caller;

    @Inject
    public ActivityViews(Activities activities, Programmes programmes, Caller caller) {
        this.activities = activities;
        this.programmes = programmes;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityView of(Activity activity) {
        return ActivityView.of(activity, activities.count(activity.id(), Registration.Status.REGISTERED),
                activities.count(activity.id(), Registration.Status.WAITING));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityView read(UUID id) {
        return of(activities.read(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActivityView> ofProgramme(UUID programmeId) {
        programmes.read(programmeId);
        return activities.ofProgramme(programmeId).stream().map(this::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistrationView of(Registration registration) {
        return RegistrationView.of(registration, activities.positionInWaitingList(registration));
    }

    /** Everyone registered or waiting: for the programme's managers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistrationView> registrations(UUID activityId) {
        Activity activity = activities.read(activityId);
        if (!caller.mayManageAlliance(programmes.read(activity.programmeId()).allianceId())) {
            throw ProblemException.forbidden("only the programme's managers see who registered");
        }
        return activities.registrations(activityId).stream().map(this::of).toList();
    }

    /** The caller's own registration. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistrationView mine(UUID activityId) {
        activities.read(activityId);
        return activities.registrationOf(activityId, caller.id()).map(this::of)
                .orElseThrow(() -> ProblemException.notFound("registration of yours for activity", activityId));
    }
}
