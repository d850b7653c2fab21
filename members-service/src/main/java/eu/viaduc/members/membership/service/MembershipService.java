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
import eu.viaduc.members.membership.model.MembershipSide;
import eu.viaduc.members.membership.model.MembershipStatus;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * Memberships are consented by both sides. An organisation's ADMIN asks to join and the cluster's
 * managers approve; or the cluster's managers propose it and the organisation's ADMIN accepts.
 * Nobody approves their own proposal. Either side may end a membership.
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

    /**
     * The organisation's ADMIN asks to join; a cluster manager (or a platform admin, who speaks for
     * the platform and never for the organisation) proposes it, for the organisation to accept.
     */
    @Transactional
    public Membership request(UUID organisationId, UUID clusterId) {
        if (entityManager.find(Organisation.class, organisationId) == null) {
            throw ProblemException.invalid("organisationId", "names no organisation");
        }
        Cluster cluster = entityManager.find(Cluster.class, clusterId);
        if (cluster == null) {
            throw ProblemException.invalid("clusterId", "names no cluster");
        }
        cluster.requireManagedHere();
        MembershipSide side;
        if (caller.roleIn(organisationId).map(role -> role.includes(OrganisationRole.ADMIN)).orElse(false)) {
            side = MembershipSide.ORGANISATION;
        } else if (caller.mayManageCluster(clusterId)) {
            side = MembershipSide.CLUSTER;
        } else {
            throw ProblemException.forbidden("only the organisation's ADMINs ask for it, or the cluster's managers propose it");
        }
        if (open(organisationId, clusterId).isPresent()) {
            throw ProblemException.conflict("the organisation already has a pending or active membership of this cluster");
        }
        Membership membership = Membership.propose(organisationId, clusterId, side, caller.id());
        entityManager.persist(membership);
        entityManager.flush();
        events.changed(membership);
        return membership;
    }

    /** What a member-file row did to the organisation's membership of the importing cluster. */
    public enum Admission {
        /** A new organisation of the file: active at once. */
        ACTIVATED,
        /** The organisation was on the map: proposed, for it to accept. */
        PROPOSED,
        /** The organisation had asked to join: the import approves it. */
        APPROVED,
        /** Pending or active already. */
        UNCHANGED
    }

    /**
     * A member-file row: an organisation the file created becomes an active member; one that was on
     * the map already is proposed the membership, or has its own pending request approved. The import
     * runs as a job, so {@code importer} (checked to manage the cluster when the file was submitted)
     * is who acts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Admission admit(UUID organisationId, UUID clusterId, boolean createdByTheFile, String importer) {
        if (createdByTheFile) {
            // not flushed here: the import writes a chunk's rows together, and a new row's version is its first
            Membership membership = Membership.ofNewOrganisation(organisationId, clusterId, importer);
            entityManager.persist(membership);
            events.changed(membership);
            return Admission.ACTIVATED;
        }
        Membership open = open(organisationId, clusterId).orElse(null);
        if (open == null) {
            Membership membership = Membership.propose(organisationId, clusterId, MembershipSide.CLUSTER, importer);
            entityManager.persist(membership);
            entityManager.flush();
            events.changed(membership);
            return Admission.PROPOSED;
        }
        if (open.status() == MembershipStatus.PENDING && open.proposedBy() == MembershipSide.ORGANISATION
                && !open.isProposedBy(importer)) {
            change(open, Membership::approve, importer);
            return Admission.APPROVED;
        }
        return Admission.UNCHANGED;
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
        if (!speaksFor(membership, MembershipSide.ORGANISATION) && !speaksFor(membership, MembershipSide.CLUSTER)) {
            throw ProblemException.forbidden("only the organisation's ADMINs or the cluster's managers end it");
        }
        return change(membership, Membership::end);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Membership read(UUID id) {
        Membership membership = get(id);
        if (!caller.mayActFor(membership.organisationId(), OrganisationRole.EDITOR)
                && !caller.mayManageCluster(membership.clusterId())) {
            throw ProblemException.forbidden("only the organisation's people or the cluster's managers see it");
        }
        return membership;
    }

    /** The organisation's ADMINs speak for the organisation, the cluster's managers for the cluster; platform admins for both. */
    private boolean speaksFor(Membership membership, MembershipSide side) {
        return side == MembershipSide.ORGANISATION ? caller.mayActFor(membership.organisationId(), OrganisationRole.ADMIN)
                : caller.mayManageCluster(membership.clusterId());
    }

    /** The side that did not propose decides, and never the person who proposed. */
    private Membership decide(UUID id, BiConsumer<Membership, String> decision) {
        Membership membership = get(id);
        MembershipSide decider = membership.proposedBy() == MembershipSide.ORGANISATION ? MembershipSide.CLUSTER
                : MembershipSide.ORGANISATION;
        if (!speaksFor(membership, decider)) {
            throw ProblemException.forbidden(decider == MembershipSide.CLUSTER
                    ? "the organisation asked: only the cluster's managers decide"
                    : "the cluster proposed it: only the organisation's ADMINs decide");
        }
        return change(membership, decision);
    }

    private Membership change(Membership membership, BiConsumer<Membership, String> transition) {
        return change(membership, transition, caller.id());
    }

    private Membership change(Membership membership, BiConsumer<Membership, String> transition, String actor) {
        transition.accept(membership, actor);
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
