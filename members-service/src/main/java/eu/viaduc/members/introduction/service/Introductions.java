package eu.viaduc.members.introduction.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.members.organisation.service.OrganisationErasure;

/**
 * Which organisations matchmaking has introduced to each other. Recording one twice changes nothing,
 * so a redelivered event is harmless; an erased organisation's introductions go with it.
 */
@ApplicationScoped
public class Introductions {

    private final EntityManager entityManager;

    @Inject
    public Introductions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void record(UUID interestId, UUID one, UUID other, OffsetDateTime at) {
        for (UUID[] pair : new UUID[][] {{one, other}, {other, one}}) {
            entityManager.createNativeQuery("""
                    insert into organisation_introduction (organisation_id, introduced_to, interest_id, introduced_at)
                    values (?, ?, ?, ?) on conflict do nothing""")
                    .setParameter(1, pair[0]).setParameter(2, pair[1]).setParameter(3, interestId).setParameter(4, at)
                    .executeUpdate();
        }
    }

    void onOrganisationErasure(@Observes OrganisationErasure erasure) {
        entityManager.createNativeQuery("delete from organisation_introduction where organisation_id = ? or introduced_to = ?")
                .setParameter(1, erasure.organisationId()).setParameter(2, erasure.organisationId()).executeUpdate();
    }
}
