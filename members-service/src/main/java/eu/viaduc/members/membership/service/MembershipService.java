package eu.viaduc.members.membership.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.members.cluster.model.Cluster;
import eu.viaduc.members.membership.events.MembershipEvents;
import eu.viaduc.members.membership.model.Membership;
import eu.viaduc.members.membership.model.MembershipStatus;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * Membership requests and decisions. An organisation's own members (or the cluster's managers)
 * ask to join; only that cluster's managers decide; either side may end it. Admins may do all.
 */
@ApplicationScoped
public class MembershipService {

    private final EntityManager entityManager;
    private final MembershipEvents events;
    private final Caller caller;

    @Inject
    public MembershipService(EntityManager entityManager, MembershipEvents events, Caller caller) {
        this.entityManager = entityManager;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public Membership request(UUID organisationId, UUID clusterId) {
        if (entityManager.find(Organisation.class, organisationId) == null) {
            throw ProblemException.invalid("organisationId", "names no organisation");
        }
        if (entityManager.find(Cluster.class, clusterId) == null) {
            throw ProblemException.invalid("clusterId", "names no cluster");
        }
        if (!caller.isPlatformAdmin() && !caller.belongsTo(organisationId) && !caller.managesCluster(clusterId)) {
            throw ProblemException.forbidden("only the organisation's own members or the cluster's managers ask for it");
        }
        if (open(organisationId, clusterId).isPresent()) {
            throw ProblemException.conflict("the organisation already has a pending or active membership of this cluster");
        }
        Membership membership = Membership.request(organisationId, clusterId, caller.id());
        entityManager.persist(membership);
        entityManager.flush();
        events.changed(membership);
        return membership;
    }

    /**
     * The cluster takes the organisation in, as a member-file import does: a pending request is
     * approved, a missing membership is created active. Platform admins and the cluster's managers.
     *
     * @return whether a membership became active (false: it was active already)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean admit(UUID organisationId, UUID clusterId) {
        if (!caller.isPlatformAdmin() && !caller.managesCluster(clusterId)) {
            throw ProblemException.forbidden("only the cluster's managers decide on its memberships");
        }
        Membership open = open(organisationId, clusterId).orElse(null);
        if (open != null && open.status() == MembershipStatus.ACTIVE) {
            return false;
        }
        Membership membership = open != null ? open : Membership.request(organisationId, clusterId, caller.id());
        if (open == null) {
            entityManager.persist(membership);
        }
        change(membership, Membership::approve);
        return true;
    }

    /** Whether the organisation is an active member of any of these clusters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isActiveMemberOfAny(UUID organisationId, List<UUID> clusterIds) {
        return !clusterIds.isEmpty() && entityManager.createQuery("""
                select count(m) from Membership m where m.organisationId = :organisation and m.clusterId in :clusters
                and m.status = eu.viaduc.members.membership.model.MembershipStatus.ACTIVE""", Long.class)
                .setParameter("organisation", organisationId).setParameter("clusters", clusterIds)
                .getSingleResult() > 0;
    }

    /** The pending or active membership of the organisation in the cluster; there is at most one. */
    private Optional<Membership> open(UUID organisationId, UUID clusterId) {
        return entityManager.createQuery("""
                select m from Membership m where m.organisationId = :organisation and m.clusterId = :cluster
                and m.status in (eu.viaduc.members.membership.model.MembershipStatus.PENDING,
                                 eu.viaduc.members.membership.model.MembershipStatus.ACTIVE)""", Membership.class)
                .setParameter("organisation", organisationId).setParameter("cluster", clusterId)
                .getResultStream().findFirst();
    }

    @Transactional
    public Membership approve(UUID id) {
        return decide(id, Membership::approve);
    }

    @Transactional
    public Membership refuse(UUID id) {
        return decide(id, Membership::refuse);
    }

    @Transactional
    public Membership end(UUID id) {
        Membership membership = get(id);
        if (!isPartyTo(membership)) {
            throw ProblemException.forbidden("only the organisation's members or the cluster's managers end it");
        }
        return change(membership, Membership::end);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Membership read(UUID id) {
        Membership membership = get(id);
        if (!isPartyTo(membership)) {
            throw ProblemException.forbidden("only the organisation's members or the cluster's managers see it");
        }
        return membership;
    }

    /** Platform admins, the organisation's own members and the cluster's managers. */
    private boolean isPartyTo(Membership membership) {
        return caller.isPlatformAdmin() || caller.managesCluster(membership.clusterId())
                || caller.belongsTo(membership.organisationId());
    }

    private Membership decide(UUID id, BiConsumer<Membership, String> decision) {
        Membership membership = get(id);
        if (!caller.isPlatformAdmin() && !caller.managesCluster(membership.clusterId())) {
            throw ProblemException.forbidden("only the cluster's managers decide on its memberships");
        }
        return change(membership, decision);
    }

    private Membership change(Membership membership, BiConsumer<Membership, String> transition) {
        transition.accept(membership, caller.id());
        // flushed first, so the event carries the version the change produced
        entityManager.flush();
        events.changed(membership);
        return membership;
    }

    private Membership get(UUID id) {
        Membership membership = entityManager.find(Membership.class, id);
        if (membership == null) {
            throw ProblemException.notFound("membership", id);
        }
        return membership;
    }
}
