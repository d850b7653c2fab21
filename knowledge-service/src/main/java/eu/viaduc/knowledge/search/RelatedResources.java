package eu.viaduc.knowledge.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.knowledge.audience.Audience;
import eu.viaduc.knowledge.audience.Audience.Standing;
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
    private final Audience audience;
    private final ReadResource resources;

    @Inject
    public RelatedResources(EntityManager entityManager, Audience audience, ReadResource resources) {
        this.entityManager = entityManager;
        this.audience = audience;
        this.resources = resources;
    }

    /** Why a resource is related: what it shares, and how close its text is (0 to 1). */
    @Schema(name = "RelatedReason", examples = """
            {"sharedTags": ["circular-fashion"], "sharedSectors": ["C13"], "sameValueChain": true, "textSimilarity": 0.042}""")
    public record Reason(List<String> sharedTags, List<String> sharedSectors, boolean sameValueChain, double textSimilarity) {
    }

    @Schema(name = "RelatedResource", examples = """
            {"id": "b1c2d3e4-f5a6-4b7c-9d8e-0f1a2b3c4d5e", "language": "nl", "title": "Garen uit textielresten",
             "summary": "Hoe een spinnerij snijresten tot gerecycleerd garen verwerkt.", "type": "CASE_STUDY", "score": 4.92,
             "reason": {"sharedTags": ["circular-fashion"], "sharedSectors": ["C13"], "sameValueChain": true,
                        "textSimilarity": 0.042}}""")
    public record Related(UUID id, String language, String title, String summary, String type, double score, Reason reason) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Related> of(UUID id, int limit) {
        if (!resources.mayReadPublished(id)) {
            throw ProblemException.forbidden("related resources are shown to whom the resource is shown");
        }
        Standing me = audience.standing();
        List<?> rows = entityManager.createNativeQuery("""
                with source as (
                    select p.tags, p.nace_codes, p.value_chain,
                        (select to_tsquery(knowledge_ts_config(t.language), coalesce(string_agg(quote_literal(word), ' | '), ''))
                         from unnest(tsvector_to_array(to_tsvector(knowledge_ts_config(t.language), t.title || ' ' || t.summary))) word) as words
                    from published_resource p
                    join resource_text t on t.resource_id = p.resource_id and t.number = p.version_number
                        and t.language = p.original_language
                    where p.resource_id = :id),
                candidate as (
                    select p.resource_id, p.type, p.version_number, p.original_language,
                        array(select unnest(p.tags) intersect select unnest(s.tags) order by 1) as shared_tags,
                        array(select unnest(p.nace_codes) intersect select unnest(s.nace_codes) order by 1) as shared_sectors,
                        coalesce(p.value_chain = s.value_chain, false) as same_value_chain,
                        case when p.search @@ s.words then ts_rank(p.search, s.words, 32) else 0 end as closeness
                    from source s, published_resource p
                    where p.resource_id <> :id and (:admin or p.audience && array(select id from audience_key where key = any(cast(:keys as text[]))))
                        and (p.tags && s.tags or p.nace_codes && s.nace_codes or p.search @@ s.words)),
                related as (
                    select *, 2 * cardinality(shared_tags) + 1.5 * cardinality(shared_sectors)
                        + (case when same_value_chain then 1 else 0 end) + 10 * closeness as score
                    from candidate
                    where cardinality(shared_tags) > 0 or cardinality(shared_sectors) > 0 or closeness > 0.01
                    order by score desc, resource_id limit :limit)
                select r.resource_id, r.type, r.shared_tags, r.shared_sectors, r.same_value_chain, r.closeness, r.score,
                    t.language, t.title, t.summary
                from related r join resource_text t on t.resource_id = r.resource_id and t.number = r.version_number
                    and t.language = r.original_language
                order by r.score desc, r.resource_id""")
                .setParameter("id", id).setParameter("limit", limit).setParameter("admin", me.platformAdmin())
                .setParameter("keys", "{" + String.join(",", audience.keys()) + "}").getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new Related((UUID) c[0], ((String) c[7]).strip(), (String) c[8], (String) c[9], (String) c[1],
                    round(((Number) c[6]).doubleValue()), new Reason(SqlArrays.strings(c[2]), SqlArrays.strings(c[3]),
                            (Boolean) c[4], round(((Number) c[5]).doubleValue())));
        }).toList();
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
