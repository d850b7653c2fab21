package eu.viaduc.matchmaking.interest.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.interest.events.InterestEvents;
import eu.viaduc.matchmaking.interest.model.Interest;
import eu.viaduc.platform.security.Caller;

/**
 * The poster accepts: both sides have now agreed (the sender by sending), so the two organisations are
 * introduced at once. The introduction event lets members-service show each the other's contacts that
 * consented to be shown to members; contacts themselves never travel in events.
 */
@ApplicationScoped
public class AcceptInterest {

    private final Interests interests;
    private final InterestEvents events;
    private final Caller caller;

    @Inject
    public AcceptInterest(Interests interests, InterestEvents events, Caller caller) {
        this.interests = interests;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public Interest accept(UUID id) {
        Interest interest = interests.forAnswer(id);
        Instant now = Instant.now();
        interest.accept(caller.id(), now);
        events.append(InterestEvents.ACCEPTED_V1, interest);
        interest.introduce(now);
        events.append(InterestEvents.INTRODUCED_V1, interest);
        return interest;
    }
}
