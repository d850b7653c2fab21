package eu.viaduc.webhooks.subscription.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.webhooks.subscription.model.Subscription;

/** A caller's subscriptions: each owner sees and stops its own, a platform admin any. */
@ApplicationScoped
public class Subscriptions {

    private final EntityManager entityManager;

    @Inject
    public Subscriptions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Subscription> of(String owner) {
        return entityManager.createQuery("""
                from Subscription s where s.owner = :owner and s.deletedAt is null order by s.createdAt, s.id""",
                Subscription.class).setParameter("owner", owner).getResultList();
    }

    /** The subscription, if the caller owns it (or is a platform admin); 404 otherwise, so ids are not probed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Subscription visible(UUID id, String caller, boolean platformAdmin) {
        Subscription subscription = entityManager.find(Subscription.class, id);
        if (subscription == null || subscription.isDeleted() || !(platformAdmin || subscription.owner().equals(caller))) {
            throw ProblemException.notFound("subscription", id);
        }
        return subscription;
    }

    /** Stops it; what was waiting for it is dropped. */
    @Transactional
    public void delete(UUID id, String caller, boolean platformAdmin) {
        Subscription subscription = visible(id, caller, platformAdmin);
        subscription.delete(OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.createNativeQuery("delete from delivery where subscription_id = ?1 and status = 'PENDING'")
                .setParameter(1, id).executeUpdate();
    }
}
