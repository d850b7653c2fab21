package eu.viaduc.members.search.service;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;

import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.platform.rest.Page;

/** Searches the live organisations of the map: pages, counts, points for the map and export batches. */
@ApplicationScoped
public class OrganisationSearch {

    /** Counts of the organisations a filter finds, by country, type and NACE section. */
    @Schema(name = "Counts", examples = """
            {"total": 12, "byCountry": {"ES": 7, "BG": 3, "RO": 2},
             "byType": {"SME": 7, "MICRO": 3, "CLUSTER_ORGANISATION": 1, "LARGE": 1}, "bySector": {"C": 12, "G": 4, "M": 2}}""")
    public record Counts(long total, Map<String, Long> byCountry, Map<String, Long> byType, Map<String, Long> bySector) {
    }

    /** A point of the map. */
    public record MapPoint(UUID id, String name, String type, String country, String city, double latitude,
            double longitude) {
    }

    private final EntityManager entityManager;
    private final OrganisationTextIndex textIndex;
    private final Lexemes lexemes;

    @Inject
    public OrganisationSearch(EntityManager entityManager, OrganisationTextIndex textIndex, Lexemes lexemes) {
        this.entityManager = entityManager;
        this.textIndex = textIndex;
        this.lexemes = lexemes;
    }

    /**
     * One page. A search for one word by relevance, filtered by the organisation's own columns only, is
     * answered by the text index (the same ranking, found without ranking every match); any other by
     * PostgreSQL ({@link #findInDatabase}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Organisation> find(OrganisationFilter filter, SearchOrder order, int page, int size) {
        TextQuery text = text(filter);
        if (text != null && text.isOneWord() && order == SearchOrder.RELEVANCE && !filter.byMembership()) {
            Optional<OrganisationTextIndex.Found> found = textIndex.find(text.words().get(0), filter, (long) page * size, size);
            if (found.isPresent()) {
                return new Page<>(load(found.get().ids()), page, size, found.get().total());
            }
        }
        return inDatabase(filter, text, order, page, size);
    }

    /** The page PostgreSQL alone finds: what the text index must agree with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Organisation> findInDatabase(OrganisationFilter filter, SearchOrder order, int page, int size) {
        return inDatabase(filter, text(filter), order, page, size);
    }

    /**
     * One page, in one statement: the total comes with the rows, so they cannot disagree. The matches are
     * gathered first, by the filter's own indexes, then counted and sorted: asked for in one ordered scan
     * with a limit, the planner walked the whole name index filtering each row (137 ms at 100,000
     * organisations for a filter that matched 542), though the total needs every match anyway.
     */
    private Page<Organisation> inDatabase(OrganisationFilter filter, TextQuery text, SearchOrder order, int page, int size) {
        OrganisationQuery query = new OrganisationQuery(filter, text);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.bind(entityManager.createNativeQuery("with matched as materialized (select o.id, "
                + "o.name, o.registered_at, " + (query.hasText() ? query.rank() : "0") + " as relevance "
                + "from organisation o where " + query.where() + ") "
                + "select o.id, (select count(*) from matched) from matched o "
                + "order by " + order.orderBy(query) + " limit :limit offset :offset"))
                .setParameter("limit", size).setParameter("offset", (long) page * size)
                .getResultList();
        long total = rows.isEmpty() ? count(query, page) : ((Number) rows.get(0)[1]).longValue();
        return new Page<>(load(rows.stream().map(row -> (UUID) row[0]).toList()), page, size, total);
    }

    /**
     * Loaded by id in the page's order, by a statement Hibernate builds once (a query with an in-list of ids
     * was translated afresh at every call: an eighth of the search's time in this service).
     */
    private List<Organisation> load(List<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : entityManager.unwrap(Session.class).byMultipleIds(Organisation.class).multiLoad(ids).stream()
                        .filter(Objects::nonNull).toList();
    }

    private TextQuery text(OrganisationFilter filter) {
        return filter.hasText() ? TextQuery.of(lexemes, filter.text(), filter.language()) : null;
    }

    private OrganisationQuery query(OrganisationFilter filter) {
        return new OrganisationQuery(filter, text(filter));
    }

    /** A page past the end has no rows to carry the total: count it apart (or it is 0 on the first page). */
    private long count(OrganisationQuery query, int page) {
        if (page == 0) {
            return 0;
        }
        return ((Number) query.bind(entityManager.createNativeQuery(
                "select count(*) from organisation o where " + query.where())).getSingleResult()).longValue();
    }

    /**
     * The three counts in one statement: countries and types in one pass over the matches (grouping sets),
     * sectors in a second; from the facets index alone when the filter has a country.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts counts(OrganisationFilter filter) {
        OrganisationQuery query = query(filter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.bind(entityManager.createNativeQuery("""
                select case when grouping(o.country) = 0 then 'country' else 'type' end,
                    coalesce(o.country::text, o.type), count(*)
                from organisation o where %1$s group by grouping sets ((o.country), (o.type))
                union all
                select 'sector', sector, count(*) from organisation o, unnest(o.nace_sections) sector where %1$s group by 2"""
                .formatted(query.where()))).getResultList();
        Map<String, Map<String, Long>> byFacet = new HashMap<>();
        rows.stream()
                .sorted(Comparator.comparing((Object[] row) -> ((Number) row[2]).longValue()).reversed()
                        .thenComparing(row -> row[1].toString()))
                .forEach(row -> byFacet.computeIfAbsent((String) row[0], facet -> new LinkedHashMap<>())
                        .put(row[1].toString().strip(), ((Number) row[2]).longValue()));
        Map<String, Long> byCountry = byFacet.getOrDefault("country", Map.of());
        return new Counts(byCountry.values().stream().mapToLong(Long::longValue).sum(), byCountry,
                byFacet.getOrDefault("type", Map.of()), byFacet.getOrDefault("sector", Map.of()));
    }

    /** Up to limit located organisations, by name, and how many the filter finds with a location. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MapPoint> map(OrganisationFilter filter, int limit) {
        OrganisationQuery query = query(filter);
        String where = query.where() + " and o.latitude is not null";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.bind(entityManager.createNativeQuery("select o.id, o.name, o.type, o.country, "
                + "o.city, o.latitude, o.longitude, count(*) over () from organisation o where " + where
                + " order by o.name, o.id limit :limit")).setParameter("limit", limit).getResultList();
        List<MapPoint> points = rows.stream().map(row -> new MapPoint((UUID) row[0], (String) row[1], (String) row[2],
                row[3].toString(), (String) row[4], ((Number) row[5]).doubleValue(), ((Number) row[6]).doubleValue()))
                .toList();
        return new Page<>(points, 0, limit, rows.isEmpty() ? 0 : ((Number) rows.get(0)[7]).longValue());
    }

    /**
     * The next batch of an export, after the given (name, id) position: keyset paging, so a large export
     * runs as short statements and never holds a transaction open while the client reads.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Organisation> exportBatch(OrganisationFilter filter, String afterName, UUID afterId, int size) {
        OrganisationQuery query = query(filter);
        String after = afterId == null ? "" : " and (o.name, o.id) > (:afterName, :afterId)";
        var select = query.bind(entityManager.createNativeQuery("select o.* from organisation o where " + query.where()
                + after + " order by o.name, o.id limit :limit", Organisation.class)).setParameter("limit", size);
        if (afterId != null) {
            select.setParameter("afterName", afterName).setParameter("afterId", afterId);
        }
        @SuppressWarnings("unchecked")
        List<Organisation> batch = select.getResultList();
        entityManager.clear();
        return batch;
    }
}
