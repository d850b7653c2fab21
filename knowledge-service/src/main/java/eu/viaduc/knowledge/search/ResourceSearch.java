package eu.viaduc.knowledge.search;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.knowledge.language.Languages;
import eu.viaduc.platform.database.SqlArrays;
import eu.viaduc.platform.database.SqlTimes;

/**
 * Full-text search of published resources, only over what the caller may see: each text is matched
 * with its own language's stemmer (exact words for Bulgarian), with facets counted over the same set.
 */
@ApplicationScoped
public class ResourceSearch {

    private final EntityManager entityManager;
    private final VisibleResources visible;

    @Inject
    public ResourceSearch(EntityManager entityManager, VisibleResources visible) {
        this.entityManager = entityManager;
        this.visible = visible;
    }

    /** What is searched for; every filter is optional. */
    @Schema(name = "ResourceSearchCriteria")
    public record Criteria(String text, String language, String preferredLanguage, String type, String naceCode,
            String valueChain, String tag, int page, int size) {
    }

    @Schema(name = "ResourceHit")
    public record Hit(UUID id, UUID authorOrganisationId, String type, String visibility, String valueChain,
            List<String> tags, List<String> naceCodes, String language, String title, String summary,
            OffsetDateTime publishedAt) {
    }

    @Schema(name = "FacetCount")
    public record Count(String value, long count) {
    }

    @Schema(name = "SearchFacets")
    public record Facets(List<Count> types, List<Count> sectors, List<Count> valueChains, List<Count> languages,
            List<Count> tags) {
    }

    @Schema(name = "ResourceSearchResult")
    public record Result(List<Hit> items, int page, int size, long total, Facets facets) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result search(Criteria criteria) {
        Map<String, Object> parameters = new HashMap<>();
        String matching = matching(criteria, parameters);
        // the matching texts once, then the total and every facet counted from them in the same query
        Map<String, List<Count>> counts = new LinkedHashMap<>();
        long total = 0;
        for (Object row : query("""
                with hits as (%s), found as (select distinct id, type, value_chain, tags, nace_codes from hits)
                select 'total', null, count(*) from found
                union all (select 'type', type, count(*) from found group by 2 order by 3 desc, 2 limit 50)
                union all (select 'sector', code, count(*) from found, unnest(nace_codes) code group by 2 order by 3 desc, 2 limit 50)
                union all (select 'valueChain', value_chain, count(*) from found where value_chain is not null
                           group by 2 order by 3 desc, 2 limit 50)
                union all (select 'tag', tag, count(*) from found, unnest(tags) tag group by 2 order by 3 desc, 2 limit 50)
                union all (select 'language', language, count(distinct id) from hits group by 2 order by 3 desc, 2 limit 50)
                """.formatted(matching), parameters).getResultList()) {
            Object[] c = (Object[]) row;
            long count = ((Number) c[2]).longValue();
            if ("total".equals(c[0])) {
                total = count;
            } else {
                counts.computeIfAbsent((String) c[0], facet -> new ArrayList<>()).add(new Count(((String) c[1]).strip(), count));
            }
        }
        parameters.put("preferred", criteria.preferredLanguage());
        Query page = query("""
                select id, language from (
                    select distinct on (id) id, language, rank, published_at from (%s) hits
                    order by id, (language = :preferred) desc, rank desc) best
                order by rank desc, published_at desc, id""".formatted(matching), parameters)
                .setFirstResult(criteria.page() * criteria.size()).setMaxResults(criteria.size());
        List<Hit> items = new ArrayList<>();
        for (Object row : page.getResultList()) {
            Object[] c = (Object[]) row;
            items.add(hit((UUID) c[0], ((String) c[1]).strip()));
        }
        Facets facets = new Facets(counts.getOrDefault("type", List.of()), counts.getOrDefault("sector", List.of()),
                counts.getOrDefault("valueChain", List.of()), counts.getOrDefault("language", List.of()),
                counts.getOrDefault("tag", List.of()));
        return new Result(items, criteria.page(), criteria.size(), total, facets);
    }

    /** One row per matching text of a visible published resource: id, language, rank and what facets count. */
    private String matching(Criteria criteria, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder("""
                select r.id, t.language, v.type, v.value_chain, v.tags, v.nace_codes, v.published_at, %s as rank
                from resource r
                join resource_version v on v.resource_id = r.id and v.number = r.published_version
                join resource_text t on t.resource_id = v.resource_id and t.number = v.number
                where r.status = 'PUBLISHED' and """.formatted(criteria.text() == null ? "0.0" : rank()));
        sql.append(visible.condition(parameters));
        if (criteria.text() != null) {
            // each language with its own configuration, written as constants so that the GIN index serves each branch
            sql.append(" and (").append(Languages.ALL.stream()
                    .map(language -> "(t.language = '" + language + "' and t.search @@ websearch_to_tsquery('"
                            + Languages.textSearchConfig(language) + "', :text))")
                    .collect(Collectors.joining(" or "))).append(")");
            parameters.put("text", criteria.text());
        }
        filter(sql, parameters, "t.language = :language", "language", criteria.language());
        filter(sql, parameters, "v.type = :type", "type", criteria.type());
        filter(sql, parameters, ":nace = any(v.nace_codes)", "nace", criteria.naceCode());
        filter(sql, parameters, "lower(v.value_chain) = lower(:valueChain)", "valueChain", criteria.valueChain());
        filter(sql, parameters, ":tag = any(v.tags)", "tag", criteria.tag());
        return sql.toString();
    }

    /** The text's rank for the query in its own language. */
    private static String rank() {
        return "case t.language " + Languages.ALL.stream().map(language -> "when '" + language + "' then ts_rank(t.search, "
                + "websearch_to_tsquery('" + Languages.textSearchConfig(language) + "', :text))")
                .collect(Collectors.joining(" ")) + " end";
    }

    private static void filter(StringBuilder sql, Map<String, Object> parameters, String condition, String name, String value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }

    private Hit hit(UUID id, String language) {
        Object[] c = (Object[]) entityManager.createNativeQuery("""
                select r.author_organisation_id, v.type, v.visibility, v.value_chain, v.tags, v.nace_codes, t.title,
                    t.summary, v.published_at
                from resource r join resource_version v on v.resource_id = r.id and v.number = r.published_version
                join resource_text t on t.resource_id = v.resource_id and t.number = v.number and t.language = ?2
                where r.id = ?1""").setParameter(1, id).setParameter(2, language).getSingleResult();
        return new Hit(id, (UUID) c[0], (String) c[1], (String) c[2], (String) c[3], SqlArrays.strings(c[4]), SqlArrays.strings(c[5]),
                language, (String) c[6], (String) c[7],
                c[8] == null ? null : SqlTimes.toOffsetDateTime(c[8]).withOffsetSameInstant(ZoneOffset.UTC));
    }

    private Query query(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query;
    }
}
