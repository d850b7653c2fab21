package eu.viaduc.members.affiliation.service;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.members.affiliation.model.JoinRequest;
import eu.viaduc.members.affiliation.model.JoinRequestStatus;
import eu.viaduc.members.affiliation.model.Person;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.AffiliationScope;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/** A person asks to act for an organisation; its ADMINs (or platform admins) accept or refuse. */
@ApplicationScoped
public class JoinRequestService {

    private final EntityManager entityManager;
    private final AffiliationTargets targets;
    private final Roster roster;
    private final Caller caller;

    @Inject
    public JoinRequestService(EntityManager entityManager, AffiliationTargets targets, Roster roster, Caller caller) {
        this.entityManager = entityManager;
        this.targets = targets;
        this.roster = roster;
        this.caller = caller;
    }

    @Transactional
    public JoinRequest ask(UUID organisation, OrganisationRole role, String message) {
        targets.name(AffiliationScope.ORGANISATION, organisation);
        if (!caller.isPerson()) {
            throw ProblemException.forbidden("people ask to join organisations, not apps");
        }
        if (roster.find(organisation, caller.id()).isPresent()) {
            throw ProblemException.conflict("you act for this organisation already");
        }
        if (!pending(organisation).stream().filter(request -> request.subject().equals(caller.id())).toList().isEmpty()) {
            throw ProblemException.conflict("you asked to join this organisation already; wait for its answer");
        }
        JoinRequest request = JoinRequest.ask(organisation, Person.of(caller),
                role == null ? OrganisationRole.EDITOR : role, message == null ? null : message.strip());
        entityManager.persist(request);
        return request;
    }

    /** The organisation's pending requests, oldest first, for its ADMINs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JoinRequest> list(UUID organisation) {
        targets.requireManagedByCaller(AffiliationScope.ORGANISATION, organisation);
        return pending(organisation);
    }

    /** The person joins with the role they asked for. */
    @Transactional
    public JoinRequest accept(UUID id) {
        JoinRequest request = decide(id, JoinRequest::accept);
        roster.add(AffiliationScope.ORGANISATION, request.organisationId(), request.person(), request.role().name());
        return request;
    }

    @Transactional
    public JoinRequest refuse(UUID id) {
        return decide(id, JoinRequest::refuse);
    }

    /** Only the person who asked withdraws. */
    @Transactional
    public JoinRequest withdraw(UUID id) {
        JoinRequest request = get(id);
        if (!request.subject().equals(caller.id())) {
            throw ProblemException.forbidden("only the person who asked withdraws a join request");
        }
        request.withdraw(caller.id());
        return request;
    }

    /** The caller's own pending requests. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JoinRequest> forCaller() {
        return entityManager.createQuery("""
                select r from JoinRequest r where r.subject = :subject and r.status = :pending order by r.createdAt""",
                JoinRequest.class).setParameter("subject", caller.id()).setParameter("pending", JoinRequestStatus.PENDING)
                .getResultList();
    }

    /** The organisation is erased: requests, which hold names and e-mail addresses, go with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID organisation) {
        entityManager.createQuery("delete from JoinRequest r where r.organisationId = :organisation")
                .setParameter("organisation", organisation).executeUpdate();
    }

    /** The person asked to be forgotten: their requests, which hold their name and address, go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetPerson(String subject) {
        entityManager.createQuery("delete from JoinRequest r where r.subject = :subject").setParameter("subject", subject)
                .executeUpdate();
    }

    private JoinRequest decide(UUID id, BiConsumer<JoinRequest, String> decision) {
        JoinRequest request = get(id);
        targets.requireManagedByCaller(AffiliationScope.ORGANISATION, request.organisationId());
        decision.accept(request, caller.id());
        return request;
    }

    private JoinRequest get(UUID id) {
        JoinRequest request = entityManager.find(JoinRequest.class, id);
        if (request == null) {
            throw ProblemException.notFound("join request", id);
        }
        return request;
    }

    private List<JoinRequest> pending(UUID organisation) {
        return entityManager.createQuery("""
                select r from JoinRequest r where r.organisationId = :organisation and r.status = :pending
                order by r.createdAt""", JoinRequest.class)
                .setParameter("organisation", organisation).setParameter("pending", JoinRequestStatus.PENDING)
                .getResultList();
    }
}
