package eu.viaduc.matchmaking.candidate.service;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

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

    /**
     * Organisations offering {@code competence} (case ignored), optionally in one country, by name. The
     * matches are gathered once, from the facets index when a country is given, then counted and the page
     * cut from them; the page's profiles are read by id.
     */
    public Page<OrganisationProfile> withCompetence(String competence, String country, int page, int size) {
        String where = " where competence_keys @> array[cast(:key as text)]"
                + (country == null ? "" : " and country = :country");
        var select = entityManager.createNativeQuery("with matched as materialized (select id, name from "
                + "organisation_profile" + where + ") select id, (select count(*) from matched) from matched "
                + "order by name, id limit :limit offset :offset")
                .setParameter("key", OrganisationProfile.key(competence))
                .setParameter("limit", size).setParameter("offset", (long) page * size);
        if (country != null) {
            select.setParameter("country", country);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        long total = rows.isEmpty() ? countPastTheEnd(where, competence, country, page)
                : ((Number) rows.get(0)[1]).longValue();
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        // by id, in the page's order, by a statement Hibernate builds once
        List<OrganisationProfile> profiles = ids.isEmpty() ? List.of()
                : entityManager.unwrap(Session.class).byMultipleIds(OrganisationProfile.class).multiLoad(ids).stream()
                        .filter(Objects::nonNull).toList();
        return new Page<>(profiles, page, size, total);
    }

    /** A page past the end has no rows to carry the total: counted apart (or 0 on the first page). */
    private long countPastTheEnd(String where, String competence, String country, int page) {
        if (page == 0) {
            return 0;
        }
        var count = entityManager.createNativeQuery("select count(*) from organisation_profile" + where, Long.class)
                .setParameter("key", OrganisationProfile.key(competence));
        if (country != null) {
            count.setParameter("country", country);
        }
        return (Long) count.getSingleResult();
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
