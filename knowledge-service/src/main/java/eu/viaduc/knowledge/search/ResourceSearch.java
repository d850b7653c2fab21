package eu.viaduc.knowledge.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.viaduc.knowledge.audience.Audience;
import eu.viaduc.knowledge.language.Languages;

/**
 * Full-text search of published resources, only over what the caller may see, with facets counted over
 * the same matches: one statement over {@code published_resource} (kept by {@link SearchIndex}) finds the
 * matches, counts them, returns the page and the matches' row numbers, whose facet values
 * {@link MatchFacets} counts. A resource's texts are stemmed each in its own language and searched together
 * with the query read in each of the seven languages (each distinct reading once), so a word finds a
 * resource in whichever of its languages it is written.
 */
@ApplicationScoped
public class ResourceSearch {

    /** Facet values listed per facet, the most frequent first. */
    private static final int FACET_VALUES = 50;

    private final DataSource dataSource;
    private final Audience audience;
    private final ObjectMapper mapper;
    private final MatchFacets matchFacets;

    @Inject
    public ResourceSearch(DataSource dataSource, Audience audience, ObjectMapper mapper, MatchFacets matchFacets) {
        this.dataSource = dataSource;
        this.audience = audience;
        this.mapper = mapper;
        this.matchFacets = matchFacets;
    }

    /** What is searched for; every filter is optional. Not part of the API: the query parameters are. */
    @Schema(name = "ResourceSearchCriteria", hidden = true)
    public record Criteria(String text, String language, String preferredLanguage, String type, String naceCode,
            String valueChain, String tag, int page, int size) {
    }

    @Schema(name = "ResourceHit", examples = """
            {"id": "3c9d7e21-5a4b-4f8e-9b1c-2d6e8f0a1b3c", "authorOrganisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10",
             "type": "BEST_PRACTICE", "visibility": "ALLIANCE", "valueChain": "textile",
             "tags": ["circular-fashion", "recycled-yarn"], "naceCodes": ["C13"], "language": "en",
             "title": "Recycling fabric offcuts", "summary": "How a workshop recycles its offcuts.",
             "publishedAt": "2026-12-01T09:00:00Z"}""")
    public record Hit(UUID id, UUID authorOrganisationId, String type, String visibility,
            @Schema(nullable = true) String valueChain,
            List<String> tags, List<String> naceCodes, String language, String title, String summary,
            OffsetDateTime publishedAt) {
    }

    @Schema(name = "FacetCount", examples = """
            {"value": "circular-fashion", "count": 12}""")
    public record Count(String value, long count) {
    }

    @Schema(name = "SearchFacets", examples = """
            {"types": [{"value": "BEST_PRACTICE", "count": 7}, {"value": "CASE_STUDY", "count": 5}],
             "sectors": [{"value": "C13", "count": 9}, {"value": "C14", "count": 4}],
             "valueChains": [{"value": "textile", "count": 8}, {"value": "fashion", "count": 3}],
             "languages": [{"value": "en", "count": 12}, {"value": "fr", "count": 6}],
             "tags": [{"value": "circular-fashion", "count": 10}, {"value": "recycled-yarn", "count": 5}]}""")
    public record Facets(List<Count> types, List<Count> sectors, List<Count> valueChains, List<Count> languages,
            List<Count> tags) {
    }

    @Schema(name = "ResourceSearchResult", examples = """
            {"items": [{"id": "3c9d7e21-5a4b-4f8e-9b1c-2d6e8f0a1b3c",
                        "authorOrganisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10",
                        "type": "BEST_PRACTICE", "visibility": "ALLIANCE", "valueChain": "textile",
                        "tags": ["circular-fashion", "recycled-yarn"], "naceCodes": ["C13"], "language": "en",
                        "title": "Recycling fabric offcuts", "summary": "How a workshop recycles its offcuts.",
                        "publishedAt": "2026-12-01T09:00:00Z"},
                       {"id": "6d2e4f80-91a3-4b5c-8d7e-1f2a3b4c5d6e",
                        "authorOrganisationId": "4e7c1a90-2b3d-4f5e-8a6b-7c8d9e0f1a2b",
                        "type": "CASE_STUDY", "visibility": "MEMBERS", "valueChain": null,
                        "tags": ["circular-fashion", "masks"], "naceCodes": ["C14"], "language": "en",
                        "title": "Masks from deadstock cotton in three weeks",
                        "summary": "How a Flemish workshop sewed 50,000 masks from deadstock fabric in a crisis.",
                        "publishedAt": "2026-11-20T10:00:00Z"}],
             "page": 0, "size": 20, "total": 2,
             "facets": {"types": [{"value": "BEST_PRACTICE", "count": 1}, {"value": "CASE_STUDY", "count": 1}],
                        "sectors": [{"value": "C13", "count": 1}, {"value": "C14", "count": 1}],
                        "valueChains": [{"value": "textile", "count": 1}],
                        "languages": [{"value": "en", "count": 2}, {"value": "fr", "count": 1}, {"value": "nl", "count": 1}],
                        "tags": [{"value": "circular-fashion", "count": 2}, {"value": "masks", "count": 1},
                                 {"value": "recycled-yarn", "count": 1}]}}""")
    public record Result(List<Hit> items, int page, int size, long total, Facets facets) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result search(Criteria criteria) {
        Found found = find(criteria);
        List<MatchFacets.Counted> counted = matchFacets.count(found.rows());
        if (counted == null) {
            // a match was published again between the statement and the reading of its facet values
            found = find(criteria);
            counted = matchFacets.count(found.rows());
        }
        return new Result(found.items(), criteria.page(), criteria.size(), found.total(),
                facets(counted == null ? List.of() : counted));
    }

    /** What the statement found: the page, how many matches, and the matches' row numbers. */
    private record Found(List<Hit> items, long total, int[] rows) {
    }

    private Found find(Criteria criteria) {
        List<Object> parameters = new ArrayList<>();
        String sql = statement(criteria, parameters);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof String[] array) {
                    statement.setArray(i + 1, connection.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                int[] rows = numbers(row.getString("rows"));
                return new Found(hits(row.getString("items")), rows.length, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the search could not be run", e);
        }
    }

    /**
     * The matches (visible, matching the text and the filters) once, then their row numbers (how many
     * there are is their count), and the requested page with each hit's text in the preferred language where it has one,
     * else its original language. The query's readings in the seven languages are mostly the same lexemes
     * (textile is 'textil' in five of them): each distinct reading is searched once.
     */
    private String statement(Criteria criteria, List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        String rank = "0.0";
        String from = "published_resource p";
        if (criteria.text() != null) {
            // matched by the distinct readings; ranked by all seven OR-ed, as ranking weighs an OR (a query whose
            // readings are all one AND would otherwise be ranked as an AND)
            sql.append("with readings as materialized (select array[").append(Languages.ALL.stream()
                    .map(language -> "websearch_to_tsquery('" + Languages.textSearchConfig(language) + "', ?)")
                    .collect(Collectors.joining(", "))).append("] as each),\n")
                    .append("query as materialized (select (select string_agg(distinct '(' || reading::text || ')', ' | ')::tsquery")
                    .append(" from unnest(readings.each) reading where reading::text <> '') as words, ")
                    .append(IntStream.rangeClosed(1, Languages.ALL.size()).mapToObj(i -> "readings.each[" + i + "]")
                            .collect(Collectors.joining(" || "))).append(" as ranked from readings),\n");
            Languages.ALL.forEach(language -> parameters.add(criteria.text()));
            rank = "ts_rank(p.search, query.ranked)";
            from = "query, published_resource p";
        } else {
            sql.append("with ");
        }
        sql.append("hits as materialized (select p.resource_id, p.row_id, p.published_at, ").append(rank)
                .append(" as rank from ").append(from).append(" where ");
        if (audience.standing().platformAdmin()) {
            sql.append("true");
        } else {
            sql.append("p.audience && array(select id from audience_key where key = any(?))");
            parameters.add(audience.keys().toArray(String[]::new));
        }
        if (criteria.text() != null) {
            sql.append(" and p.search @@ query.words");
        }
        filter(sql, parameters, "? = any(p.languages)", criteria.language());
        filter(sql, parameters, "p.type = ?", criteria.type());
        filter(sql, parameters, "? = any(p.nace_codes)", criteria.naceCode());
        filter(sql, parameters, "lower(p.value_chain) = lower(?)", criteria.valueChain());
        filter(sql, parameters, "? = any(p.tags)", criteria.tag());
        sql.append("""
                )
                select (select string_agg(row_id::text, ',') from hits) as rows,
                    (select json_agg(json_build_object('id', p.resource_id, 'authorOrganisationId', p.author_organisation_id,
                            'type', p.type, 'visibility', p.visibility, 'valueChain', p.value_chain, 'tags', p.tags,
                            'naceCodes', p.nace_codes, 'language', t.language, 'title', t.title, 'summary', t.summary,
                            'publishedAt', p.published_at) order by page.rank desc, page.published_at desc, page.resource_id)
                     from (select * from hits order by rank desc, published_at desc, resource_id offset ? limit ?) page
                     join published_resource p on p.resource_id = page.resource_id
                     cross join lateral (select t.language, t.title, t.summary from resource_text t
                         where t.resource_id = p.resource_id and t.number = p.version_number
                         order by t.language = ? desc, t.language = p.original_language desc limit 1) t) as items""");
        parameters.add(criteria.page() * criteria.size());
        parameters.add(criteria.size());
        parameters.add(criteria.preferredLanguage() == null ? "" : criteria.preferredLanguage());
        return sql.toString();
    }

    private static void filter(StringBuilder sql, List<Object> parameters, String condition, String value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            parameters.add(value);
        }
    }

    private List<Hit> hits(String json) {
        return json == null ? List.of() : read(json, new TypeReference<List<Hit>>() { });
    }

    /** Numbers written with commas between (null: none). */
    private static int[] numbers(String list) {
        if (list == null || list.isEmpty()) {
            return new int[0];
        }
        String[] parts = list.split(",");
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return numbers;
    }

    /** Each facet's values, the most frequent first (then alphabetical), at most {@link #FACET_VALUES}. */
    private static Facets facets(List<MatchFacets.Counted> counted) {
        Map<String, List<Count>> counts = new LinkedHashMap<>();
        counted.stream()
                .sorted((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                        : a.value().value().compareTo(b.value().value()))
                .forEach(c -> {
                    List<Count> values = counts.computeIfAbsent(c.value().facet(), facet -> new ArrayList<>());
                    if (values.size() < FACET_VALUES) {
                        values.add(new Count(c.value().value(), c.count()));
                    }
                });
        return new Facets(counts.getOrDefault("type", List.of()), counts.getOrDefault("sector", List.of()),
                counts.getOrDefault("valueChain", List.of()), counts.getOrDefault("language", List.of()),
                counts.getOrDefault("tag", List.of()));
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search's result could not be read", e);
        }
    }
}
