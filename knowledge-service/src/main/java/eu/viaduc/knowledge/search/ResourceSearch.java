package eu.viaduc.knowledge.search;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
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

import eu.viaduc.knowledge.audience.Audience;
import eu.viaduc.knowledge.language.Languages;
import eu.viaduc.platform.database.SqlArrays;
import eu.viaduc.platform.database.SqlTimes;

/**
 * Full-text search of published resources, only over what the caller may see: each text is matched
 * with its own language's stemmer (exact words for Bulgarian), with facets counted over the same set.
 */
@ApplicationScoped
public class ResourceSearch {

    /** Stands in for an empty list in SQL "in (...)": no organisation, cluster or alliance has it. */
    private static final List<UUID> NOTHING = List.of(new UUID(0, 0));

    private final EntityManager entityManager;
    private final Audience audience;

    @Inject
    public ResourceSearch(EntityManager entityManager, Audience audience) {
        this.entityManager = entityManager;
        this.audience = audience;
    }

    /** What is searched for; every filter is optional. */
    public record Criteria(String text, String language, String preferredLanguage, String type, String naceCode,
            String valueChain, String tag, int page, int size) {
    }

    public record Hit(UUID id, UUID authorOrganisationId, String type, String visibility, String valueChain,
            List<String> tags, List<String> naceCodes, String language, String title, String summary,
            OffsetDateTime publishedAt) {
    }

    public record Count(String value, long count) {
    }

    public record Facets(List<Count> types, List<Count> sectors, List<Count> valueChains, List<Count> languages,
            List<Count> tags) {
    }

    public record Result(List<Hit> items, int page, int size, long total, Facets facets) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result search(Criteria criteria) {
        Map<String, Object> parameters = new HashMap<>();
        String matching = matching(criteria, parameters);
        long total = ((Number) query("select count(distinct id) from (" + matching + ") hits", parameters)
                .getSingleResult()).longValue();
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
        parameters.remove("preferred");
        Facets facets = new Facets(
                counts("select type, count(distinct id) from (" + matching + ") hits group by 1", parameters),
                counts("select code, count(distinct id) from (" + matching + ") hits, unnest(nace_codes) code group by 1", parameters),
                counts("select value_chain, count(distinct id) from (" + matching + ") hits where value_chain is not null group by 1", parameters),
                counts("select language, count(distinct id) from (" + matching + ") hits group by 1", parameters),
                counts("select tag, count(distinct id) from (" + matching + ") hits, unnest(tags) tag group by 1", parameters));
        return new Result(items, criteria.page(), criteria.size(), total, facets);
    }

    /** One row per matching text of a visible published resource: id, language, rank and what facets count. */
    private String matching(Criteria criteria, Map<String, Object> parameters) {
        Audience.Standing me = audience.standing();
        parameters.put("admin", me.platformAdmin());
        parameters.put("affiliated", me.affiliated());
        parameters.put("orgs", orNothing(me.organisations()));
        parameters.put("managedClusters", orNothing(me.managedClusters()));
        parameters.put("clusters", orNothing(me.clusters()));
        parameters.put("alliances", orNothing(me.alliances()));
        StringBuilder sql = new StringBuilder("""
                select r.id, t.language, v.type, v.value_chain, v.tags, v.nace_codes, v.published_at, %s as rank
                from resource r
                join resource_version v on v.resource_id = r.id and v.number = r.published_version
                join resource_text t on t.resource_id = v.resource_id and t.number = v.number
                where r.status = 'PUBLISHED'
                and (v.visibility = 'PUBLIC' or :admin = true or r.author_organisation_id in (:orgs)
                    or exists (select 1 from member_membership m where m.organisation_id = r.author_organisation_id
                        and m.status = 'ACTIVE' and m.cluster_id in (:managedClusters))
                    or (v.visibility = 'MEMBERS' and :affiliated = true)
                    or (v.visibility = 'CLUSTER' and exists (select 1 from member_membership m
                        where m.organisation_id = r.author_organisation_id and m.status = 'ACTIVE' and m.cluster_id in (:clusters)))
                    or (v.visibility = 'ALLIANCE' and exists (select 1 from member_membership m
                        join member_alliance_cluster ac on ac.cluster_id = m.cluster_id
                        where m.organisation_id = r.author_organisation_id and m.status = 'ACTIVE' and ac.alliance_id in (:alliances))))
                """.formatted(criteria.text() == null ? "0.0" : rank()));
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

    private List<Count> counts(String sql, Map<String, Object> parameters) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : query(sql + " order by 2 desc, 1 limit 50", parameters).getResultList()) {
            Object[] c = (Object[]) row;
            counts.put(((String) c[0]).strip(), ((Number) c[1]).longValue());
        }
        return counts.entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue())).toList();
    }

    private Query query(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static Collection<UUID> orNothing(Collection<UUID> ids) {
        return ids.isEmpty() ? NOTHING : ids;
    }
}
