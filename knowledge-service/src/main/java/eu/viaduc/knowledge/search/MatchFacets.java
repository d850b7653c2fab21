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
 * outnumber twice the rows read at the last full load, and the cache starts again from a full load.
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
        if (!readMissing(rows)) {
            return null;
        }
        AtomicReferenceArray<int[]> facets = byRow;
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

    /** Whether every row's facet values are known, after reading those missing. */
    private boolean readMissing(int[] rows) {
        AtomicReferenceArray<int[]> facets = byRow;
        int missing = 0;
        for (int row : rows) {
            if (row >= facets.length() || facets.get(row) == null) {
                missing++;
            }
        }
        return missing == 0 || read(rows);
    }

    private synchronized boolean read(int[] rows) {
        if (keepAtMost < 0 || kept > keepAtMost) {
            readAll();
        }
        List<Integer> missing = new ArrayList<>();
        for (int row : rows) {
            if (!known(row)) {
                missing.add(row);
            }
        }
        if (missing.isEmpty()) {
            return true;
        }
        query("select row_id, facets from published_resource where row_id = any(?)", missing.toArray(Integer[]::new));
        for (int row : missing) {
            if (!known(row)) {
                return false;
            }
        }
        return true;
    }

    private boolean known(int row) {
        return row < byRow.length() && byRow.get(row) != null;
    }

    private void readAll() {
        byRow = new AtomicReferenceArray<>(0);
        kept = 0;
        query("select row_id, facets from published_resource", null);
        keepAtMost = 2 * kept + 10_000;
    }

    /** Called under the lock: a longer array is filled before it replaces the shorter. */
    private void query(String sql, Integer[] rows) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (rows != null) {
                statement.setArray(1, connection.createArrayOf("int4", rows));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    int row = result.getInt(1);
                    Array facets = result.getArray(2);
                    int[] numbers = Arrays.stream((Integer[]) facets.getArray()).mapToInt(Integer::intValue).toArray();
                    if (row >= byRow.length()) {
                        grow(row);
                    }
                    if (byRow.get(row) == null) {
                        kept++;
                    }
                    byRow.set(row, numbers);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the matches' facet values could not be read", e);
        }
    }

    private void grow(int row) {
        AtomicReferenceArray<int[]> larger = new AtomicReferenceArray<>(Math.max(2 * byRow.length(), row + 1024));
        for (int i = 0; i < byRow.length(); i++) {
            larger.set(i, byRow.get(i));
        }
        byRow = larger;
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
