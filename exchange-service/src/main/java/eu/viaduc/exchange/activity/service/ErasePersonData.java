package eu.viaduc.exchange.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import eu.viaduc.platform.members.PersonErased;

/** A person asked members-service to forget them: their name and e-mail go from their registrations. */
@ApplicationScoped
public class ErasePersonData {

    private final Activities activities;

    @Inject
    public ErasePersonData(Activities activities) {
        this.activities = activities;
    }

    void onErasure(@Observes PersonErased erasure) {
        activities.erasePersonalDataOf(erasure.subject());
    }
}
