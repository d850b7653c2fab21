package eu.viaduc.knowledge.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.knowledge.resource.service.ReadResource;
import eu.viaduc.platform.database.SqlArrays;
import eu.viaduc.platform.problem.ProblemException;

/**
 * Resources related to a published one, among those the caller may see: sharing its tags, its sectors
 * or its value chain, or close in text (its title and summary's words found in theirs, in the same
 * language). Each comes with why it is related; the strongest first.
 */
@ApplicationScoped
public class RelatedResources {

    private final EntityManager entityManager;
    private final VisibleResources visible;
    private final ReadResource resources;

    @Inject
    public RelatedResources(EntityManager entityManager, VisibleResources visible, ReadResource resources) {
        this.entityManager = entityManager;
        this.visible = visible;
        this.resources = resources;
    }

    /** Why a resource is related: what it shares, and how close its text is (0 to 1). */
    @Schema(name = "RelatedReason")
    public record Reason(List<String> sharedTags, List<String> sharedSectors, boolean sameValueChain, double textSimilarity) {
    }

    @Schema(name = "RelatedResource")
    public record Related(UUID id, String language, String title, String summary, String type, double score, Reason reason) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Related> of(UUID id, int limit) {
        if (!resources.mayReadPublished(id)) {
            throw ProblemException.forbidden("related resources are shown to whom the resource is shown");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("limit", limit);
        String sql = """
                with source as (
                    select v.tags, v.nace_codes, v.value_chain, v.original_language, t.language,
                        (select to_tsquery(knowledge_ts_config(t.language), coalesce(string_agg(quote_literal(word), ' | '), ''))
                         from unnest(tsvector_to_array(to_tsvector(knowledge_ts_config(t.language), t.title || ' ' || t.summary))) word) as words
                    from resource r join resource_version v on v.resource_id = r.id and v.number = r.published_version
                    join resource_text t on t.resource_id = v.resource_id and t.number = v.number and t.language = v.original_language
                    where r.id = :id),
                candidate as (
                    select r.id, v.type, v.tags, v.nace_codes, v.value_chain,
                        array(select unnest(v.tags) intersect select unnest(s.tags) order by 1) as shared_tags,
                        array(select unnest(v.nace_codes) intersect select unnest(s.nace_codes) order by 1) as shared_sectors,
                        coalesce(v.value_chain = s.value_chain, false) as same_value_chain,
                        coalesce((select max(ts_rank(t.search, s.words, 32)) from resource_text t
                                  where t.resource_id = v.resource_id and t.number = v.number and t.language = s.language), 0) as closeness
                    from source s, resource r join resource_version v on v.resource_id = r.id and v.number = r.published_version
                    where r.status = 'PUBLISHED' and r.id <> :id and %s)
                select id, type, shared_tags, shared_sectors, same_value_chain, closeness,
                    2 * cardinality(shared_tags) + 1.5 * cardinality(shared_sectors) + (case when same_value_chain then 1 else 0 end)
                        + 10 * closeness as score
                from candidate
                where cardinality(shared_tags) > 0 or cardinality(shared_sectors) > 0 or closeness > 0.01
                order by score desc, id limit :limit""".formatted(visible.condition(parameters));
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(row -> {
            Object[] c = (Object[]) row;
            UUID related = (UUID) c[0];
            Object[] text = text(related);
            return new Related(related, ((String) text[0]).strip(), (String) text[1], (String) text[2], (String) c[1],
                    round(((Number) c[6]).doubleValue()), new Reason(SqlArrays.strings(c[2]), SqlArrays.strings(c[3]),
                            (Boolean) c[4], round(((Number) c[5]).doubleValue())));
        }).toList();
    }

    /** The related resource's title and summary in its original language. */
    private Object[] text(UUID id) {
        return (Object[]) entityManager.createNativeQuery("""
                select t.language, t.title, t.summary from resource r
                join resource_version v on v.resource_id = r.id and v.number = r.published_version
                join resource_text t on t.resource_id = v.resource_id and t.number = v.number and t.language = v.original_language
                where r.id = ?1""").setParameter(1, id).getSingleResult();
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
