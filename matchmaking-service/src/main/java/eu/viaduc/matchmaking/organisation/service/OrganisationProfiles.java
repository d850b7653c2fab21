package eu.viaduc.matchmaking.organisation.service;

import java.util.List;
import java.util.UUID;

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
        countSupply(profile.competenceKeys(), +1);
    }

    /** Applies a newer profile; an older or repeated version changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void update(UUID id, String name, String type, String country, List<String> competences, long version) {
        OrganisationProfile profile = entityManager.find(OrganisationProfile.class, id);
        if (profile == null || !profile.isOlderThan(version)) {
            return;
        }
        countSupply(profile.competenceKeys(), -1);
        profile.replace(name, type, country, competences, version);
        countSupply(profile.competenceKeys(), +1);
    }

    /** The organisation left the map: it is no candidate any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(UUID id, long version) {
        OrganisationProfile profile = entityManager.find(OrganisationProfile.class, id);
        if (profile == null || !profile.isOlderThan(version)) {
            return;
        }
        countSupply(profile.competenceKeys(), -1);
        entityManager.remove(profile);
    }

    private void countSupply(List<String> competenceKeys, int change) {
        for (String key : competenceKeys) {
            entityManager.createNativeQuery("""
                    insert into competence_supply (competence_key, organisations) values (?1, greatest(?2, 0))
                    on conflict (competence_key) do update set organisations = competence_supply.organisations + ?2""")
                    .setParameter(1, key)
                    .setParameter(2, change)
                    .executeUpdate();
        }
    }
}
