package eu.viaduc.members.federation.service;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.members.federation.model.PartnerPlatform;

/** The read model of the registered partner platforms. */
@ApplicationScoped
public class PartnerPlatforms {

    private final EntityManager entityManager;

    @Inject
    public PartnerPlatforms(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The platform as it now stands (events are keyed by platform: they come in order). */
    public void registered(String id, String name, String sourceUri, String website, OffsetDateTime changedAt) {
        PartnerPlatform platform = entityManager.find(PartnerPlatform.class, id);
        if (platform == null) {
            platform = new PartnerPlatform(id);
            platform.change(name, sourceUri, website, changedAt);
            entityManager.persist(platform);
        } else {
            platform.change(name, sourceUri, website, changedAt);
        }
    }

    /** Its own short transaction: the inbound consumer asks before the inbox opens one. */
    @Transactional
    public Optional<PartnerPlatform> bySourceUri(String sourceUri) {
        return entityManager.createQuery("select p from PartnerPlatform p where p.sourceUri = :uri", PartnerPlatform.class)
                .setParameter("uri", sourceUri).getResultStream().findFirst();
    }
}
