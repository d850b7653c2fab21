package eu.viaduc.matchmaking.organisation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.organisation.model.OrganisationProfile;

/** Writes the organisation read model; runs inside the inbox's transaction. */
@ApplicationScoped
public class OrganisationProfiles {

    private final EntityManager entityManager;

    @Inject
    public OrganisationProfiles(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(OrganisationProfile profile) {
        entityManager.persist(profile);
        for (String key : profile.competenceKeys()) {
            entityManager.createNativeQuery("""
                    insert into competence_supply (competence_key, organisations) values (?1, 1)
                    on conflict (competence_key) do update set organisations = competence_supply.organisations + 1""")
                    .setParameter(1, key)
                    .executeUpdate();
        }
    }
}
