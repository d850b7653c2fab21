package eu.viaduc.matchmaking.opportunity.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.rest.OpportunityRequest;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/** Any EDITOR or ADMIN of an organisation writes an opportunity for it, as a draft nobody else sees. */
@ApplicationScoped
public class DraftOpportunity {

    private final EntityManager entityManager;
    private final OpportunityContents contents;
    private final Caller caller;

    @Inject
    public DraftOpportunity(EntityManager entityManager, OpportunityContents contents, Caller caller) {
        this.entityManager = entityManager;
        this.contents = contents;
        this.caller = caller;
    }

    @Transactional
    public Opportunity draft(OpportunityRequest request) {
        if (!caller.mayActFor(request.organisationId(), OrganisationRole.EDITOR)) {
            throw ProblemException.forbidden("only the organisation's EDITORs and ADMINs post its opportunities");
        }
        Opportunity opportunity = Opportunity.draft(request.organisationId(), contents.check(request), caller.id(),
                Instant.now());
        entityManager.persist(opportunity);
        entityManager.flush();
        return opportunity;
    }
}
