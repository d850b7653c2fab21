package eu.viaduc.matchmaking.ranking.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.matchmaking.ranking.model.Need;
import eu.viaduc.matchmaking.ranking.model.Offer;

/**
 * What ranking reads, from this service's own tables only: organisation profiles with their active
 * clusters (read models of members' events), opportunities, and the words an organisation's offers
 * share with an opportunity's text (both stemmed by PostgreSQL, each text in its own language).
 */
@ApplicationScoped
public class MatchingData {

    private static final String OFFER_COLUMNS = """
            p.id, p.name, p.country, p.nuts_region, p.latitude, p.longitude, p.size_band, p.competences, p.keywords,
            p.nace_codes, p.changed_at, p.offers <> '{}'::jsonb as describes_offers, length(p.offer_words) as word_count,
            array(select m.cluster_id from member_membership m where m.organisation_id = p.id and m.status = 'ACTIVE') as clusters
            """;

    private final DataSource dataSource;

    @Inject
    public MatchingData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Offer> offer(UUID organisationId) {
        List<Offer> found = offers("select " + OFFER_COLUMNS + " from organisation_profile p where p.id = ?",
                organisationId);
        return found.stream().findFirst();
    }

    /**
     * The transaction id below which every transaction has ended: whatever they wrote is visible from now on.
     * {@link CandidateIndex} looks for changes from there next time.
     */
    public long oldestRunningTransaction() {
        long[] oldest = {0};
        query("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint", row -> oldest[0] = row.getLong(1));
        return oldest[0];
    }

    /**
     * The organisations with a change noted by a transaction from {@code transaction} on, each with the notes of
     * its changes: one per kind of change (its profile, its memberships), with the transaction that made it
     * last. Notes that differ from those an organisation was loaded with mean a change the index has not seen.
     */
    public Map<UUID, String> changesFrom(long transaction) {
        Map<UUID, String> changes = new HashMap<>();
        query("""
                select organisation_id, string_agg(kind || ':' || changed_in::text, ',' order by kind) from matching_change
                where organisation_id in (select organisation_id from matching_change where changed_in >= ?::text::xid8)
                group by organisation_id""",
                row -> changes.put(row.getObject(1, UUID.class), row.getString(2)), transaction);
        return changes;
    }

    /**
     * Organisations as matching indexes them (every one if {@code ids} is null), handed over one by one:
     * the profile, the keys it is found by, its offers' words and the notes of its changes.
     */
    public void indexable(Collection<UUID> ids, Consumer<Indexable> each) {
        String sql = "select " + OFFER_COLUMNS + """
                , p.competence_keys, tsvector_to_array(p.offer_words) as words,
                coalesce((select string_agg(c.kind || ':' || c.changed_in::text, ',' order by c.kind)
                          from matching_change c where c.organisation_id = p.id), '') as noted
                from organisation_profile p""";
        RowReader reader = row -> each.accept(new Indexable(offer(row), strings(row.getArray("competence_keys")),
                strings(row.getArray("words")), row.getString("noted")));
        if (ids == null) {
            streamed(sql, reader);
        } else {
            query(sql + " where p.id = any(?)", reader, (Object) ids.toArray(UUID[]::new));
        }
    }

    /** One organisation to index. */
    public record Indexable(Offer offer, List<String> keys, List<String> words, String noted) {
    }

    /** The distinct (stemmed) words of the opportunity's texts and keywords; empty if it has none. */
    public List<String> opportunityWords(UUID opportunityId) {
        List<String> words = new ArrayList<>();
        query("select tsvector_to_array(o.search) from opportunity o where o.id = ?",
                row -> words.addAll(strings(row.getArray(1))), opportunityId);
        return words;
    }

    /** The offers of these organisations, by organisation id, as ranking sees them (those in the read model). */
    public Map<UUID, Offer> offers(Collection<UUID> organisationIds) {
        Map<UUID, Offer> found = new HashMap<>();
        for (Offer offer : offers("select " + OFFER_COLUMNS + " from organisation_profile p where p.id = any(?)",
                (Object) organisationIds.toArray(UUID[]::new))) {
            found.put(offer.id(), offer);
        }
        return found;
    }

    /** Where the organisation is and the clusters it is an active member of; unknown if not in the read model. */
    public Map<UUID, Poster> posters(Collection<UUID> organisationIds) {
        Map<UUID, Poster> posters = new HashMap<>();
        for (Offer offer : offers("select " + OFFER_COLUMNS + " from organisation_profile p where p.id = any(?)",
                (Object) organisationIds.toArray(UUID[]::new))) {
            posters.put(offer.id(), new Poster(offer.name(), offer.place(), offer.clusters()));
        }
        return posters;
    }

    /** A poster as matching sees it. */
    public record Poster(String name, Need.Place place, Set<UUID> clusters) {

        public static final Poster UNKNOWN = new Poster(null, Need.Place.UNKNOWN, Set.of());
    }

    /** The words the organisation's offers and keywords share with each opportunity's text. */
    public Map<UUID, Offer.TextOverlap> sharedWords(Collection<UUID> opportunityIds, UUID organisationId) {
        return overlaps("""
                select o.id, array(select w from unnest(tsvector_to_array(p.offer_words)) w
                                   where w = any(tsvector_to_array(o.search)) order by w), length(o.search)
                from organisation_profile p, opportunity o where p.id = ? and o.id = any(?)""",
                organisationId, opportunityIds.toArray(UUID[]::new));
    }

    /** Published opportunities of others asking one of these competences or naming one of these keywords. */
    public List<UUID> publishedOpportunitiesFor(Collection<String> competences, Collection<String> keywords,
            UUID organisationId) {
        List<UUID> ids = new ArrayList<>();
        query("""
                select o.id from opportunity o where o.status = 'PUBLISHED' and o.organisation_id <> ?
                and (o.required_competences && ? or o.keywords && ?)""", row -> ids.add(row.getObject(1, UUID.class)),
                organisationId, competences.toArray(String[]::new), keywords.toArray(String[]::new));
        return ids;
    }

    private Map<UUID, Offer.TextOverlap> overlaps(String sql, Object... parameters) {
        Map<UUID, Offer.TextOverlap> found = new HashMap<>();
        query(sql, row -> found.put(row.getObject(1, UUID.class),
                new Offer.TextOverlap(strings(row.getArray(2)), row.getInt(3))), parameters);
        return found;
    }

    private List<Offer> offers(String sql, Object... parameters) {
        List<Offer> offers = new ArrayList<>();
        query(sql, row -> offers.add(offer(row)), parameters);
        return offers;
    }

    private static Offer offer(ResultSet row) throws SQLException {
        return new Offer(row.getObject("id", UUID.class), row.getString("name"),
                new Need.Place(row.getString("country"), row.getString("nuts_region"), nullableDouble(row, "latitude"),
                        nullableDouble(row, "longitude")),
                row.getString("size_band"), strings(row.getArray("competences")), strings(row.getArray("keywords")),
                row.getBoolean("describes_offers"), strings(row.getArray("nace_codes")),
                Set.copyOf(uuids(row.getArray("clusters"))), row.getObject("changed_at", OffsetDateTime.class),
                row.getInt("word_count"), null);
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowReader reader, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                if (value instanceof String[] texts) {
                    statement.setArray(i + 1, connection.createArrayOf("text", texts));
                } else if (value instanceof UUID[] ids) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    reader.read(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("matching data could not be read", e);
        }
    }

    /**
     * As {@link #query} without holding every row at once: PostgreSQL's driver fetches in batches only inside
     * a transaction, so one is opened when the connection has none.
     */
    private void streamed(String sql, RowReader reader) {
        try (Connection connection = dataSource.getConnection()) {
            boolean ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(STREAMED_ROWS);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        reader.read(row);
                    }
                }
            } finally {
                if (ownTransaction) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("matching data could not be read", e);
        }
    }

    private static final int STREAMED_ROWS = 2_000;

    private static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
