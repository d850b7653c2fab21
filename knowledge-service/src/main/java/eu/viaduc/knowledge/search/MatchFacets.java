package eu.viaduc.knowledge.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts the facet values of a search's matches from their row numbers ({@code published_resource.row_id}).
 * A row's facet values never change, so each row's are read from PostgreSQL once and kept by number; so are
 * the facet values' names (a value keeps its number for ever). A row matched by a search but gone before its
 * facet values were read (published again meanwhile) cannot be counted: the caller is told, and searches again.
 * <p>
 * Rows replaced by newer ones are never matched again; their facet values are dropped when the kept rows
 * outnumber twice the rows read at the last full load, and the cache starts again from a full load (the
 * array is as long as the largest row number: four or eight bytes per publication ever made, a few MB
 * after a million). A search counts from one array in which all its rows are known; a reload or a longer
 * array replaces the array, so a search under way keeps counting from its own.
 */
@ApplicationScoped
class MatchFacets {

    /** A facet value's facet (type, sector, valueChain, language, tag) and text. */
    record FacetValue(String facet, String value) {
    }

    /** A facet value and how many of the matches have it. */
    record Counted(FacetValue value, long count) {
    }

    private final DataSource dataSource;
    private final Map<Integer, FacetValue> values = new ConcurrentHashMap<>();
    /** Each row's facet value numbers, by row number (null: not read yet). */
    private volatile AtomicReferenceArray<int[]> byRow = new AtomicReferenceArray<>(0);
    private int kept;
    private int keepAtMost = -1;

    @Inject
    MatchFacets(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The facet values of the rows with their counts; null when one of the rows is gone. */
    List<Counted> count(int[] rows) {
        // counted from one array in which every row is known: a reload replaces the array, never empties it
        AtomicReferenceArray<int[]> facets = byRow;
        if (!allKnown(facets, rows)) {
            facets = read(rows);
            if (facets == null) {
                return null;
            }
        }
        int[] counts = new int[64];
        for (int row : rows) {
            for (int value : facets.get(row)) {
                if (value >= counts.length) {
                    counts = Arrays.copyOf(counts, Math.max(2 * counts.length, value + 1));
                }
                counts[value]++;
            }
        }
        List<Integer> unnamed = new ArrayList<>();
        for (int value = 0; value < counts.length; value++) {
            if (counts[value] > 0 && !values.containsKey(value)) {
                unnamed.add(value);
            }
        }
        if (!unnamed.isEmpty()) {
            readValues(unnamed);
        }
        List<Counted> counted = new ArrayList<>();
        for (int value = 0; value < counts.length; value++) {
            if (counts[value] > 0) {
                counted.add(new Counted(values.get(value), counts[value]));
            }
        }
        return counted;
    }

    private static boolean allKnown(AtomicReferenceArray<int[]> facets, int[] rows) {
        for (int row : rows) {
            if (row >= facets.length() || facets.get(row) == null) {
                return false;
            }
        }
        return true;
    }

    /** The array after reading the rows missing from it; null when one of them is gone. */
    private synchronized AtomicReferenceArray<int[]> read(int[] rows) {
        if (keepAtMost < 0 || kept > keepAtMost) {
            // row numbers only grow (a publication takes a new one): the array is as long as the largest
            AtomicReferenceArray<int[]> all = new AtomicReferenceArray<>(0);
            kept = 0;
            for (Read read : query("select row_id, facets from published_resource", null)) {
                all = put(all, read);
            }
            byRow = all;
            keepAtMost = 2 * kept + 10_000;
        }
        List<Integer> missing = new ArrayList<>();
        for (int row : rows) {
            if (row >= byRow.length() || byRow.get(row) == null) {
                missing.add(row);
            }
        }
        if (!missing.isEmpty()) {
            AtomicReferenceArray<int[]> more = byRow;
            for (Read read : query("select row_id, facets from published_resource where row_id = any(?)",
                    missing.toArray(Integer[]::new))) {
                more = put(more, read);
            }
            byRow = more;
        }
        return allKnown(byRow, rows) ? byRow : null;
    }

    private record Read(int row, int[] facets) {
    }

    /** The array with the row's facet values, a longer copy when the row is past its end. */
    private AtomicReferenceArray<int[]> put(AtomicReferenceArray<int[]> facets, Read read) {
        AtomicReferenceArray<int[]> into = facets;
        if (read.row() >= into.length()) {
            into = new AtomicReferenceArray<>(Math.max(2 * facets.length(), read.row() + 1024));
            for (int i = 0; i < facets.length(); i++) {
                into.set(i, facets.get(i));
            }
        }
        if (into.get(read.row()) == null) {
            kept++;
        }
        into.set(read.row(), read.facets());
        return into;
    }

    private List<Read> query(String sql, Integer[] rows) {
        List<Read> read = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (rows != null) {
                statement.setArray(1, connection.createArrayOf("int4", rows));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Array facets = result.getArray(2);
                    read.add(new Read(result.getInt(1),
                            Arrays.stream((Integer[]) facets.getArray()).mapToInt(Integer::intValue).toArray()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the matches' facet values could not be read", e);
        }
        return read;
    }

    private void readValues(List<Integer> numbers) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select id, facet, value from facet_value where id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("int4", numbers.toArray(Integer[]::new)));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.put(result.getInt(1), new FacetValue(result.getString(2), result.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the facet values could not be read", e);
        }
    }
}
