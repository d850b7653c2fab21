package eu.viaduc.members.search.service;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Query;

import eu.viaduc.taxonomy.NaceCodes;

/**
 * The SQL of one filter, shared by the list, the counts, the map and the export so they always agree:
 * a where clause over live organisations (alias o), the full-text match and their parameters.
 */
final class OrganisationQuery {

    private final StringBuilder where = new StringBuilder("o.deleted_at is null");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String textQuery;

    /** @param text the filter's text ({@link TextQuery}), or null */
    OrganisationQuery(OrganisationFilter filter, TextQuery text) {
        this.textQuery = text == null ? null : text.tsquery();
        if (filter.country() != null) {
            add("o.country = :country", "country", filter.country());
        }
        if (filter.nutsRegion() != null) {
            add("o.nuts_region like :nuts", "nuts", filter.nutsRegion() + "%");
        }
        if (filter.type() != null) {
            add("o.type = :type", "type", filter.type().name());
        }
        if (filter.nace() != null) {
            String prefix = NaceCodes.asPrefix(filter.nace());
            if (prefix.length() == 1) {
                add("o.nace_sections @> array[cast(:section as text)]", "section", prefix);
            } else {
                add("exists (select 1 from unnest(o.nace_codes) code where code like :nace)", "nace", prefix + "%");
            }
        }
        if (filter.competence() != null) {
            add("o.competences @> array[cast(:competence as text)]", "competence", filter.competence());
        }
        if (filter.cluster() != null) {
            add("exists (select 1 from membership m where m.organisation_id = o.id and m.status = 'ACTIVE' "
                    + "and m.cluster_id = :cluster)", "cluster", filter.cluster());
        }
        if (filter.alliance() != null) {
            add("exists (select 1 from membership m join alliance_cluster ac on ac.cluster_id = m.cluster_id "
                    + "where m.organisation_id = o.id and m.status = 'ACTIVE' and ac.alliance_id = :alliance)",
                    "alliance", filter.alliance());
        }
        if (filter.label() != null) {
            add("exists (select 1 from membership m join cluster c on c.id = m.cluster_id where m.organisation_id = o.id "
                    + "and m.status = 'ACTIVE' and c.label_level = :label and c.label_valid_until >= current_date)",
                    "label", filter.label().name());
        }
        if (textQuery != null) {
            add("o.search_vector @@ to_tsquery('simple', :text)", "text", textQuery);
        }
    }

    private void add(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        parameters.put(name, value);
    }

    String where() {
        return where.toString();
    }

    boolean hasText() {
        return textQuery != null;
    }

    /** The relevance of a row to the text searched: names first, then keywords, then texts. */
    String rank() {
        return "ts_rank(o.search_vector, to_tsquery('simple', :text))";
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
