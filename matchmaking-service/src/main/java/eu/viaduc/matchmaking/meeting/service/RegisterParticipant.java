package eu.viaduc.matchmaking.meeting.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.alert.service.AlertRecipients;
import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.Participant;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.service.Opportunities;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * An EDITOR or ADMIN registers the organisation for an event, or changes its registration, until the
 * deadline: the slots it is available for (all when it names none), the most meetings it wants, and
 * the opportunities it brings to the marketplace. The person registering attends, and is alerted by
 * e-mail of meeting requests received and of meetings scheduled, moved or taken out.
 */
@ApplicationScoped
public class RegisterParticipant {

    private final MatchmakingEvents events;
    private final Opportunities opportunities;
    private final EntityManager entityManager;
    private final AlertRecipients recipients;
    private final Caller caller;

    @Inject
    public RegisterParticipant(MatchmakingEvents events, Opportunities opportunities, EntityManager entityManager,
            AlertRecipients recipients, Caller caller) {
        this.events = events;
        this.opportunities = opportunities;
        this.entityManager = entityManager;
        this.recipients = recipients;
        this.caller = caller;
    }

    /** What the organisation says. */
    public record Registration(UUID organisationId, List<Integer> availableSlots, Integer maxMeetings, List<UUID> marketplace) {
    }

    @Transactional
    public Participant register(UUID eventId, Registration registration, String language) {
        MatchmakingEvent event = events.read(eventId);
        if (!caller.mayActFor(registration.organisationId(), OrganisationRole.EDITOR)) {
            throw ProblemException.forbidden("only the organisation's EDITORs and ADMINs register it");
        }
        event.requireOpen(Instant.now(), "registration");
        int slotCount = event.slots().size();
        List<Integer> available = registration.availableSlots() == null || registration.availableSlots().isEmpty()
                ? java.util.stream.IntStream.range(0, slotCount).boxed().toList()
                : registration.availableSlots();
        for (int i = 0; i < available.size(); i++) {
            Integer slot = available.get(i);
            if (slot == null || slot < 0 || slot >= slotCount) {
                throw ProblemException.invalid("availableSlots[" + i + "]",
                        "is not a slot of this event (0 to " + (slotCount - 1) + ")");
            }
        }
        int maxMeetings = registration.maxMeetings() == null ? slotCount : registration.maxMeetings();
        if (maxMeetings < 1 || maxMeetings > slotCount) {
            throw ProblemException.invalid("maxMeetings", "must be between 1 and the event's " + slotCount + " slots");
        }
        List<UUID> marketplace = registration.marketplace() == null ? List.of() : registration.marketplace();
        for (int i = 0; i < marketplace.size(); i++) {
            Opportunity opportunity = opportunities.read(marketplace.get(i));
            if (!opportunity.organisationId().equals(registration.organisationId())) {
                throw ProblemException.invalid("marketplace[" + i + "]", "is another organisation's opportunity");
            }
        }
        Participant participant = events.participant(eventId, registration.organisationId())
                .orElseGet(() -> Participant.register(eventId, registration.organisationId(), caller.id(), Instant.now()));
        boolean isNew = participant.people() == null;
        // everyone who registered or changed the registration attends
        List<String> people = isNew ? List.of(caller.id())
                : participant.people().contains(caller.id()) ? participant.people()
                : java.util.stream.Stream.concat(participant.people().stream(), java.util.stream.Stream.of(caller.id())).toList();
        participant.describe(people, maxMeetings, available, marketplace);
        if (isNew) {
            entityManager.persist(participant);
        }
        // the person registering hears of requests and of their meetings, in their language, when their account has an address
        recipients.reachableCaller(language);
        // a registration made twice at once collides here, as a conflict, not at commit
        entityManager.flush();
        return participant;
    }
}
