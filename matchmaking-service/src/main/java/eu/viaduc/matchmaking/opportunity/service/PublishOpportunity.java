package eu.viaduc.matchmaking.opportunity.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.opportunity.events.OpportunityEvents;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;

/** A draft goes public for its lifetime (or until its call's deadline, for a partner search). */
@ApplicationScoped
public class PublishOpportunity {

    private final Opportunities opportunities;
    private final OpportunityEvents events;
    private final OpportunitySettings settings;

    @Inject
    public PublishOpportunity(Opportunities opportunities, OpportunityEvents events, OpportunitySettings settings) {
        this.opportunities = opportunities;
        this.events = events;
        this.settings = settings;
    }

    @Transactional
    public Opportunity publish(UUID id) {
        Opportunity opportunity = opportunities.forChange(id);
        opportunity.publish(Instant.now(), settings.lifetime());
        events.append(OpportunityEvents.PUBLISHED_V1, opportunity);
        return opportunity;
    }
}
