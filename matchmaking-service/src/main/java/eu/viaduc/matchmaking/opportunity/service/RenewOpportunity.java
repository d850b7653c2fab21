package eu.viaduc.matchmaking.opportunity.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.opportunity.events.OpportunityEvents;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;

/** A published or expired opportunity gets another lifetime from today, so that stale ones do not linger. */
@ApplicationScoped
public class RenewOpportunity {

    private final Opportunities opportunities;
    private final OpportunityEvents events;
    private final OpportunitySettings settings;

    @Inject
    public RenewOpportunity(Opportunities opportunities, OpportunityEvents events, OpportunitySettings settings) {
        this.opportunities = opportunities;
        this.events = events;
        this.settings = settings;
    }

    @Transactional
    public Opportunity renew(UUID id) {
        Opportunity opportunity = opportunities.forChange(id);
        opportunity.renew(Instant.now(), settings.lifetime());
        events.append(OpportunityEvents.RENEWED_V1, opportunity);
        return opportunity;
    }
}
