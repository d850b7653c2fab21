package eu.viaduc.matchmaking.opportunity.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.opportunity.events.OpportunityEvents;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.model.OpportunityStatus;

/** The poster closes an opportunity (found, cancelled...), with a reason others can read. */
@ApplicationScoped
public class CloseOpportunity {

    private final Opportunities opportunities;
    private final OpportunityEvents events;

    @Inject
    public CloseOpportunity(Opportunities opportunities, OpportunityEvents events) {
        this.opportunities = opportunities;
        this.events = events;
    }

    @Transactional
    public Opportunity close(UUID id, String reason) {
        Opportunity opportunity = opportunities.forChange(id);
        boolean wasPublic = opportunity.status() != OpportunityStatus.DRAFT;
        opportunity.close(reason, Instant.now());
        if (wasPublic) {
            events.append(OpportunityEvents.CLOSED_V1, opportunity);
        }
        return opportunity;
    }
}
