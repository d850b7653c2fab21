package eu.viaduc.exchange.activity.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
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

/** Once the activity has started, its managers record who of the registered came; the others were absent. */
@ApplicationScoped
public class RecordAttendance {

    private final Activities activities;
    private final Programmes programmes;
    private final ActivityEvents events;
    private final Caller caller;

    @Inject
    public RecordAttendance(Activities activities, Programmes programmes, ActivityEvents events, Caller caller) {
        this.activities = activities;
        this.programmes = programmes;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public List<Registration> record(UUID activityId, Set<UUID> present) {
        Activity activity = activities.lock(activityId);
        if (!caller.mayManageAlliance(programmes.read(activity.programmeId()).allianceId())) {
            throw ProblemException.forbidden("only the programme's managers record attendance");
        }
        activity.requireStarted(OffsetDateTime.now(ZoneOffset.UTC));
        List<Registration> registered = activities.registrations(activityId).stream()
                .filter(registration -> registration.status() == Registration.Status.REGISTERED).toList();
        Set<UUID> known = registered.stream().map(Registration::id).collect(java.util.stream.Collectors.toSet());
        present.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw ProblemException.invalid("present", "names " + id + ", not a registration holding a place");
        });
        registered.forEach(registration -> registration.recordAttendance(present.contains(registration.id())));
        activity.registrationsChanged();
        events.changed(activity);
        return registered;
    }
}
