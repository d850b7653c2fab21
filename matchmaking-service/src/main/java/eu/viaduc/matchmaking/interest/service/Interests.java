package eu.viaduc.matchmaking.interest.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import eu.viaduc.matchmaking.interest.model.Interest;
import eu.viaduc.matchmaking.interest.model.InterestStatus;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * Expressions of interest as their two parties see them: the people of the organisation that sent one
 * and of the opportunity's organisation (and platform admins). To anyone else an expression does not exist.
 */
@ApplicationScoped
public class Interests {

    /** Which side of the expressions to list for an organisation. */
    public enum Direction { SENT, RECEIVED }

    private final EntityManager entityManager;
    private final Caller caller;

    @Inject
    public Interests(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    public Interest read(UUID id) {
        Interest interest = entityManager.find(Interest.class, id);
        if (interest == null || !isParty(interest)) {
            throw ProblemException.notFound("expression of interest", id);
        }
        return interest;
    }

    /** The expression, locked for its answer by an EDITOR or ADMIN of the opportunity's organisation. */
    public Interest forAnswer(UUID id) {
        Interest interest = entityManager.find(Interest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (interest == null || !isParty(interest)) {
            throw ProblemException.notFound("expression of interest", id);
        }
        if (!caller.mayActFor(interest.posterOrganisationId(), OrganisationRole.EDITOR)) {
            throw ProblemException.forbidden("only the opportunity's organisation (its EDITORs and ADMINs) answers");
        }
        return interest;
    }

    /** An organisation's expressions, newest first; its people only. */
    public List<Interest> of(UUID organisationId, Direction direction, InterestStatus status, int page, int size) {
        if (!caller.isPlatformAdmin() && caller.roleIn(organisationId).isEmpty()) {
            throw ProblemException.forbidden("only the organisation's people see its expressions of interest");
        }
        String side = direction == Direction.SENT ? "i.organisationId" : "i.posterOrganisationId";
        TypedQuery<Interest> query = entityManager.createQuery("select i from Interest i where " + side
                + " = :organisation" + (status == null ? "" : " and i.status = :status") + " order by i.sentAt desc, i.id",
                Interest.class).setParameter("organisation", organisationId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    private boolean isParty(Interest interest) {
        return caller.isPlatformAdmin() || caller.roleIn(interest.organisationId()).isPresent()
                || caller.roleIn(interest.posterOrganisationId()).isPresent();
    }
}
