package eu.viaduc.exchange.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.activity.events.ActivityEvents;
import eu.viaduc.exchange.activity.model.Activity;
import eu.viaduc.exchange.activity.rest.ActivityRequest;
import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.exchange.programme.service.Programmes;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/** The programme's managers schedule a training or a thematic workshop inside the programme's period. */
@ApplicationScoped
public class ScheduleActivity {

    private final EntityManager entityManager;
    private final Programmes programmes;
    private final ActivityEvents events;
    private final Caller caller;

    @Inject
    public ScheduleActivity(EntityManager entityManager, Programmes programmes, ActivityEvents events, Caller caller) {
        this.entityManager = entityManager;
        this.programmes = programmes;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public Activity schedule(ActivityRequest request) {
        Programme programme = programmes.read(request.programmeId());
        if (!caller.mayManageAlliance(programme.allianceId())) {
            throw ProblemException.forbidden("only the programme's managers schedule its activities");
        }
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        if (!programme.covers(request.startsAt().toLocalDate(), request.endsAt().toLocalDate())) {
            throw ProblemException.invalid("startsAt", "the activity must lie inside the programme's period "
                    + programme.startsOn() + " to " + programme.endsOn());
        }
        Activity activity = Activity.schedule(programme.id(), request.kind(), request.title().strip(),
                request.description() == null ? null : request.description().strip(), request.startsAt(),
                request.endsAt(), request.location().strip(), request.capacity(), caller.id());
        entityManager.persist(activity);
        events.changed(activity);
        return activity;
    }
}
