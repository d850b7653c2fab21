package eu.viaduc.matchmaking.opportunity.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.opportunity.events.OpportunityEvents;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.rest.OpportunityRequest;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.rest.ETags;

/** The poster rewrites a draft or a published opportunity (If-Match: the version they read). */
@ApplicationScoped
public class ReviseOpportunity {

    private final Opportunities opportunities;
    private final OpportunityContents contents;
    private final OpportunityEvents events;

    @Inject
    public ReviseOpportunity(Opportunities opportunities, OpportunityContents contents, OpportunityEvents events) {
        this.opportunities = opportunities;
        this.contents = contents;
        this.events = events;
    }

    @Transactional
    public Opportunity revise(UUID id, OpportunityRequest request, String ifMatch) {
        Opportunity opportunity = opportunities.forChange(id);
        ETags.requireMatch(ifMatch, opportunity.version());
        if (!opportunity.organisationId().equals(request.organisationId())) {
            throw ProblemException.invalid("organisationId", "an opportunity stays with the organisation that posted it");
        }
        opportunity.revise(contents.check(request), Instant.now());
        if (opportunity.isPublished()) {
            events.append(OpportunityEvents.UPDATED_V1, opportunity);
        }
        return opportunity;
    }
}
