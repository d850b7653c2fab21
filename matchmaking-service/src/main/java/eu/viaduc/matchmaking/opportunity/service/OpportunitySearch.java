package eu.viaduc.matchmaking.opportunity.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.model.OpportunityStatus;
import eu.viaduc.matchmaking.opportunity.model.OpportunityType;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.rest.Page;
import eu.viaduc.taxonomy.NaceCodes;

/**
 * Opportunities by filters and full text. Published ones by default; closed and expired ones on
 * request; drafts only of an organisation whose people the caller is. Text matches come first by
 * relevance, the rest newest first.
 */
@ApplicationScoped
public class OpportunitySearch {

    private final EntityManager entityManager;
    private final Opportunities opportunities;

    @Inject
    public OpportunitySearch(EntityManager entityManager, Opportunities opportunities) {
        this.entityManager = entityManager;
        this.opportunities = opportunities;
    }

    /** Every filter is optional; status defaults to PUBLISHED. */
    public record Criteria(String text, OpportunityType type, String competence, String naceCode, String country,
            UUID organisationId, OpportunityStatus status, int page, int size) {
    }

    public Page<Opportunity> search(Criteria criteria) {
        OpportunityStatus status = criteria.status() == null ? OpportunityStatus.PUBLISHED : criteria.status();
        if (status == OpportunityStatus.DRAFT
                && (criteria.organisationId() == null || !opportunities.mayReadDraftsOf(criteria.organisationId()))) {
            throw ProblemException.invalid("status", "DRAFT lists the drafts of one organisation whose people you are: "
                    + "give its organisationId");
        }
        StringBuilder where = new StringBuilder(" where o.status = :status");
        List<Object[]> parameters = new ArrayList<>();
        parameters.add(new Object[] {"status", status.name()});
        if (criteria.text() != null) {
            where.append(" and o.search @@ opportunity_query(:text)");
            parameters.add(new Object[] {"text", criteria.text()});
        }
        if (criteria.type() != null) {
            where.append(" and o.type = :type");
            parameters.add(new Object[] {"type", criteria.type().name()});
        }
        if (criteria.competence() != null) {
            where.append(" and o.required_competences @> array[cast(:competence as text)]");
            parameters.add(new Object[] {"competence", criteria.competence()});
        }
        if (criteria.naceCode() != null) {
            where.append(" and exists (select 1 from unnest(o.nace_codes) c where c like :nace)");
            parameters.add(new Object[] {"nace", NaceCodes.asPrefix(criteria.naceCode()) + "%"});
        }
        if (criteria.country() != null) {
            // an opportunity that names no country seeks partners anywhere
            where.append(" and (cardinality(o.countries_sought) = 0 or cast(:country as text) = any(o.countries_sought))");
            parameters.add(new Object[] {"country", criteria.country()});
        }
        if (criteria.organisationId() != null) {
            where.append(" and o.organisation_id = :organisation");
            parameters.add(new Object[] {"organisation", criteria.organisationId()});
        }
        String order = criteria.text() != null
                ? "ts_rank(o.search, opportunity_query(:text)) desc, o.published_at desc nulls last, o.id"
                : "coalesce(o.published_at, o.changed_at) desc, o.id";
        Query select = entityManager.createNativeQuery("select o.id from opportunity o" + where + " order by " + order
                + " limit :limit offset :offset", UUID.class);
        Query count = entityManager.createNativeQuery("select count(*) from opportunity o" + where, Long.class);
        for (Object[] parameter : parameters) {
            select.setParameter((String) parameter[0], parameter[1]);
            count.setParameter((String) parameter[0], parameter[1]);
        }
        select.setParameter("limit", criteria.size()).setParameter("offset", (long) criteria.page() * criteria.size());
        @SuppressWarnings("unchecked")
        List<UUID> ids = select.getResultList();
        List<Opportunity> items = ids.stream().map(id -> entityManager.find(Opportunity.class, id)).toList();
        return new Page<>(items, criteria.page(), criteria.size(), (Long) count.getSingleResult());
    }
}
