package eu.viaduc.members.affiliation.service;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.members.affiliation.model.Affiliation;
import eu.viaduc.members.affiliation.model.Invitation;
import eu.viaduc.members.affiliation.model.InvitationStatus;
import eu.viaduc.members.affiliation.model.Person;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.AffiliationScope;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * Invitations: an organisation's ADMIN invites a colleague with a role, a cluster's or alliance's
 * manager (or a platform admin) invites a fellow manager. The invited person signs in and redeems
 * the code: joining is consented by both sides.
 */
@ApplicationScoped
public class InvitationService {

    private final EntityManager entityManager;
    private final AffiliationTargets targets;
    private final Roster roster;
    private final Caller caller;

    @Inject
    public InvitationService(EntityManager entityManager, AffiliationTargets targets, Roster roster, Caller caller) {
        this.entityManager = entityManager;
        this.targets = targets;
        this.roster = roster;
        this.caller = caller;
    }

    /** @param role ADMIN or EDITOR for an organisation; ignored (MANAGER) for a cluster or alliance */
    @Transactional
    public Invitation invite(AffiliationScope scope, UUID target, String email, OrganisationRole role) {
targets.requireManagedByCaller(scope, target);
        targets.requireManagedHere(scope, target);
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (roster.hasEmail(target, address)) {
            throw ProblemException.conflict("a person with this e-mail address is affiliated already");
        }
        for (Invitation earlier : pending(target)) {
            if (earlier.email().equals(address) && !earlier.isExpired()) {
                throw ProblemException.conflict("this e-mail address has a pending invitation already; revoke it to send another");
            }
            if (earlier.email().equals(address)) {
                // an expired invitation is replaced, not left to block the address
                earlier.revoke(caller.id());
                entityManager.flush();
            }
        }
        String granted = scope == AffiliationScope.ORGANISATION ? (role == null ? OrganisationRole.EDITOR : role).name()
                : Affiliation.MANAGER;
        Invitation invitation = Invitation.send(scope, target, granted, address, caller.id());
        entityManager.persist(invitation);
        return invitation;
    }

    /** The target's pending invitations, newest first, for those who may invite. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invitation> list(AffiliationScope scope, UUID target) {
        targets.requireManagedByCaller(scope, target);
        return pending(target);
    }

    @Transactional
    public void revoke(UUID id) {
        Invitation invitation = entityManager.find(Invitation.class, id);
        if (invitation == null) {
            throw ProblemException.notFound("invitation", id);
        }
        targets.requireManagedByCaller(invitation.scope(), invitation.targetId());
        invitation.revoke(caller.id());
    }

    /** The signed-in person takes up the invitation whose code they hold, and is affiliated at once. */
    @Transactional
    public Invitation redeem(String code) {
        if (!caller.isPerson()) {
            throw ProblemException.forbidden("invitations are redeemed by the people they were sent to");
        }
        Invitation invitation = entityManager.createQuery("select i from Invitation i where i.codeHash = :hash",
                Invitation.class).setParameter("hash", Invitation.hash(code.strip())).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.invalid("code", "matches no invitation; check it was copied whole"));
        invitation.redeem(caller.id(), caller.email().orElse(null));
        targets.name(invitation.scope(), invitation.targetId());
        roster.add(invitation.scope(), invitation.targetId(), Person.of(caller), invitation.role());
        return invitation;
    }

    /** Invitations waiting for the caller: pending, unexpired, sent to their account's e-mail address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invitation> forCaller() {
        return caller.email().map(email -> entityManager.createQuery("""
                select i from Invitation i where i.email = :email and i.status = :pending order by i.createdAt desc""",
                Invitation.class).setParameter("email", email).setParameter("pending", InvitationStatus.PENDING)
                .getResultStream().filter(invitation -> !invitation.isExpired()).toList()).orElse(List.of());
    }

    /** The organisation is erased: its invitations, which hold e-mail addresses, go with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID target) {
        entityManager.createQuery("delete from Invitation i where i.targetId = :target").setParameter("target", target)
                .executeUpdate();
    }

    /** The person asked to be forgotten: invitations sent to their address go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetAddress(String email) {
        entityManager.createQuery("delete from Invitation i where i.email = :email").setParameter("email", email)
                .executeUpdate();
    }

    private List<Invitation> pending(UUID target) {
        return entityManager.createQuery("""
                select i from Invitation i where i.targetId = :target and i.status = :pending order by i.createdAt desc""",
                Invitation.class).setParameter("target", target).setParameter("pending", InvitationStatus.PENDING)
                .getResultList();
    }
}
