package eu.viaduc.matchmaking.candidate.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.matchmaking.organisation.model.OrganisationProfile;
import eu.viaduc.platform.rest.Page;

/** Finds organisations able to answer a need, from the read model only. */
@ApplicationScoped
public class CandidateSearch {

    private final EntityManager entityManager;

    @Inject
    public CandidateSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Organisations offering {@code competence} (case ignored), optionally in one country, by name. */
    public Page<OrganisationProfile> withCompetence(String competence, String country, int page, int size) {
        String key = OrganisationProfile.key(competence);
        String where = " where competence_keys @> array[cast(:key as text)]"
                + (country == null ? "" : " and country = :country");
        var select = entityManager.createNativeQuery(
                "select * from organisation_profile" + where + " order by name, id limit :limit offset :offset",
                OrganisationProfile.class);
        var count = entityManager.createNativeQuery("select count(*) from organisation_profile" + where, Long.class);
        select.setParameter("key", key).setParameter("limit", size).setParameter("offset", (long) page * size);
        count.setParameter("key", key);
        if (country != null) {
            select.setParameter("country", country);
            count.setParameter("country", country);
        }
        @SuppressWarnings("unchecked")
        List<OrganisationProfile> items = select.getResultList();
        return new Page<>(items, page, size, (Long) count.getSingleResult());
    }

    /** How many organisations offer {@code competence}. */
    public long supplyOf(String competence) {
        List<?> found = entityManager.createNativeQuery(
                "select organisations from competence_supply where competence_key = ?1")
                .setParameter(1, OrganisationProfile.key(competence))
                .getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
    }
}
