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
            p.nace_codes, p.changed_at, p.offers <> '{}'::jsonb as describes_offers, p.word_count,
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

    /** Organisations other than the poster whose competences or keywords include one of these keys. */
    public List<Offer> candidates(Collection<String> keys, UUID poster) {
        return offers("select " + OFFER_COLUMNS
                + " from organisation_profile p where p.competence_keys && ? and p.id <> ?", keys.toArray(String[]::new), poster);
    }

    /**
     * The candidates (as {@link #candidates}) that could score most for a need, at most {@code limit} of them,
     * best ceiling first; how many candidates there are in all, and the ceiling of the best one left out.
     */
    public CeilingPage candidatesUnder(UUID opportunityId, ScoreCeiling.Sql ceiling, Collection<String> keys, UUID poster,
            int limit) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(opportunityId);
        parameters.addAll(ceiling.parameters());
        parameters.addAll(List.of(keys.toArray(String[]::new), poster, limit + 1));
        List<Offer> offers = new ArrayList<>();
        Map<UUID, Double> ceilings = new HashMap<>();
        double[] nextCeiling = {Double.NEGATIVE_INFINITY};
        long[] total = {0};
        // the ceilings are kept narrow (id, ceiling) to be counted and sorted; only the best are read whole
        query("""
                with %s as materialized (
                    select p.id from organisation_profile p
                    where p.offer_words @@ (select matchmaking_any_word(o.search) from opportunity o where o.id = ?)),
                ceilings as materialized (
                    select p.id, %s as ceiling from organisation_profile p where p.competence_keys && ? and p.id <> ?)
                select c.ceiling, (select count(*) from ceilings) as total, """.formatted(ScoreCeiling.SHARING_WORDS,
                ceiling.expression()) + OFFER_COLUMNS + """
                from (select * from ceilings order by ceiling desc, id limit ?) c
                join organisation_profile p on p.id = c.id order by c.ceiling desc, c.id""",
                row -> {
                    total[0] = row.getLong("total");
                    if (offers.size() == limit) {
                        nextCeiling[0] = row.getDouble("ceiling");
                    } else {
                        Offer offer = offer(row);
                        offers.add(offer);
                        ceilings.put(offer.id(), row.getDouble("ceiling"));
                    }
                }, parameters.toArray());
        return new CeilingPage(offers, ceilings, nextCeiling[0], total[0]);
    }

    /**
     * Some candidates with the most each can score, how many there are in all, and the most any candidate
     * left out can score (-infinity: none left).
     */
    public record CeilingPage(List<Offer> offers, Map<UUID, Double> ceilings, double nextCeiling, long total) {
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

    /** The words each organisation's offers and keywords share with the opportunity's text. */
    public Map<UUID, Offer.TextOverlap> sharedWords(UUID opportunityId, Collection<UUID> organisationIds) {
        return overlaps("""
                select p.id, array(select w from unnest(tsvector_to_array(p.offer_words)) w
                                   where w = any(tsvector_to_array(o.search)) order by w), length(o.search)
                from organisation_profile p, opportunity o where o.id = ? and p.id = any(?)""",
                opportunityId, organisationIds.toArray(UUID[]::new));
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
