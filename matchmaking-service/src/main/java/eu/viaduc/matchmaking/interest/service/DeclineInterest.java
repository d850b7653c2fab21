package eu.viaduc.matchmaking.interest.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.interest.events.InterestEvents;
import eu.viaduc.matchmaking.interest.model.Interest;
import eu.viaduc.platform.security.Caller;

/** The poster declines, with a reason if it wants to give one; the sender sees it. */
@ApplicationScoped
public class DeclineInterest {

    private final Interests interests;
    private final InterestEvents events;
    private final Caller caller;

    @Inject
    public DeclineInterest(Interests interests, InterestEvents events, Caller caller) {
        this.interests = interests;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public Interest decline(UUID id, String reason) {
        Interest interest = interests.forAnswer(id);
        interest.decline(caller.id(), reason == null || reason.isBlank() ? null : reason.strip(), Instant.now());
        events.append(InterestEvents.DECLINED_V1, interest);
        return interest;
    }
}
