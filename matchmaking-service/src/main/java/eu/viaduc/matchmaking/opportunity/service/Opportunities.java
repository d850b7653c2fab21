package eu.viaduc.matchmaking.opportunity.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.model.OpportunityStatus;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * Who sees and who changes an opportunity. Anyone reads what has been published (closed and expired
 * ones too, so that a shared link does not break); a draft is known only to the people of its
 * organisation and to platform admins (404 to anyone else). Only the organisation's EDITORs and ADMINs
 * change it.
 */
@ApplicationScoped
public class Opportunities {

    private final EntityManager entityManager;
    private final Caller caller;

    @Inject
    public Opportunities(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    public Opportunity read(UUID id) {
        Opportunity opportunity = entityManager.find(Opportunity.class, id);
        if (opportunity == null || !maySee(opportunity)) {
            throw ProblemException.notFound("opportunity", id);
        }
        return opportunity;
    }

    /** The opportunity, locked for a change by one of its organisation's EDITORs or ADMINs. */
    public Opportunity forChange(UUID id) {
        Opportunity opportunity = entityManager.find(Opportunity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (opportunity == null || !maySee(opportunity)) {
            throw ProblemException.notFound("opportunity", id);
        }
        if (!caller.mayActFor(opportunity.organisationId(), OrganisationRole.EDITOR)) {
            throw ProblemException.forbidden("only the organisation's EDITORs and ADMINs change its opportunities");
        }
        return opportunity;
    }

    public boolean maySee(Opportunity opportunity) {
        return opportunity.status() != OpportunityStatus.DRAFT || mayReadDraftsOf(opportunity.organisationId());
    }

    /** Those of these opportunities that are published (anyone may see them), in id order. */
    public List<Opportunity> publishedAmong(java.util.Collection<UUID> ids) {
        return entityManager.createQuery("""
                select o from Opportunity o where o.id in :ids
                and o.status = eu.viaduc.matchmaking.opportunity.model.OpportunityStatus.PUBLISHED order by o.id""",
                Opportunity.class).setParameter("ids", ids).getResultList();
    }

    /** The organisation's people of any role, and platform admins. */
    public boolean mayReadDraftsOf(UUID organisationId) {
        return caller.isPlatformAdmin() || caller.roleIn(organisationId).isPresent();
    }
}
