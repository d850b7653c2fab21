package eu.viaduc.matchmaking.interest.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.interest.events.InterestEvents;
import eu.viaduc.matchmaking.interest.model.Interest;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.model.OpportunityStatus;
import eu.viaduc.matchmaking.opportunity.service.Opportunities;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * An EDITOR or ADMIN of an organisation tells the poster of a published opportunity that the
 * organisation is interested. One open expression per organisation and opportunity.
 */
@ApplicationScoped
public class ExpressInterest {

    private final Opportunities opportunities;
    private final EntityManager entityManager;
    private final InterestEvents events;
    private final InterestSettings settings;
    private final Caller caller;

    @Inject
    public ExpressInterest(Opportunities opportunities, EntityManager entityManager, InterestEvents events,
            InterestSettings settings, Caller caller) {
        this.opportunities = opportunities;
        this.entityManager = entityManager;
        this.events = events;
        this.settings = settings;
        this.caller = caller;
    }

    @Transactional
    public Interest express(UUID opportunityId, UUID organisationId, String message) {
        Opportunity opportunity = opportunities.read(opportunityId);
        if (!caller.mayActFor(organisationId, OrganisationRole.EDITOR)) {
            throw ProblemException.forbidden("only the organisation's EDITORs and ADMINs express its interest");
        }
        if (opportunity.organisationId().equals(organisationId)) {
            throw ProblemException.invalid("organisationId", "is the opportunity's own organisation");
        }
        if (opportunity.status() != OpportunityStatus.PUBLISHED) {
            throw ProblemException.conflict("interest can be expressed in a published opportunity only; this one is "
                    + opportunity.status());
        }
        boolean open = !entityManager.createQuery("""
                select i.id from Interest i where i.opportunityId = :opportunity and i.organisationId = :organisation
                and i.status in (eu.viaduc.matchmaking.interest.model.InterestStatus.SENT,
                                 eu.viaduc.matchmaking.interest.model.InterestStatus.ACCEPTED,
                                 eu.viaduc.matchmaking.interest.model.InterestStatus.INTRODUCED)""", UUID.class)
                .setParameter("opportunity", opportunityId).setParameter("organisation", organisationId)
                .getResultList().isEmpty();
        if (open) {
            throw ProblemException.conflict("the organisation has already expressed its interest in this opportunity");
        }
        Interest interest = Interest.send(opportunityId, opportunity.organisationId(), organisationId,
                message == null || message.isBlank() ? null : message.strip(), caller.id(), Instant.now(),
                settings.pendingFor());
        entityManager.persist(interest);
        events.append(InterestEvents.SENT_V1, interest);
        return interest;
    }
}
