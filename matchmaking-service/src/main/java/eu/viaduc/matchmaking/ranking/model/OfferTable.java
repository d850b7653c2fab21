package eu.viaduc.matchmaking.ranking.model;

import java.util.Arrays;

/**
 * What scoring reads of many offers, column by column ({@link OfferFacts} row after row): a ranking scores
 * tens of thousands of candidates, and reading each one's facts through its own object cost a cache miss
 * per object (the facts, then their arrays); read from columns in row order, the same values come in
 * whole cache lines the processor fetches ahead. The common case of one NACE code and one cluster lies in
 * the columns; only further codes and clusters sit in a per-row array. {@link Assessor} scores a row; an
 * offer explained on its own is a table of one row.
 */
public final class OfferTable {

    private static final long[] NONE = new long[0];

    private int rows;
    /** Compared by name only for a required competence outside the vocabulary. */
    CompetenceSet[] offered;
    long[] competenceLow;
    long[] competenceHigh;
    long[] competenceFamilies;
    int[] wordCount;
    int[] country;
    int[] nuts1;
    int[] nuts2;
    boolean[] hasPoint;
    /** The point's latitude and longitude as sines and cosines, so that a distance takes no trigonometry but one arc sine. */
    double[] sinLatitude;
    double[] cosLatitude;
    double[] sinLongitude;
    double[] cosLongitude;
    int[] capacity;
    int[] missingFields;
    long[] changedSecond;
    int[] changedNano;
    int[] naceCount;
    /** The first NACE code (packed as {@link OfferFacts#naceCode}); the others in {@link #moreNace}. */
    long[] firstNace;
    long[][] moreNace;
    int[] clusterCount;
    /** The first cluster's id as two halves; the others' halves in {@link #moreClusters}. */
    long[] firstClusterHigh;
    long[] firstClusterLow;
    long[][] moreClusters;

    public OfferTable(int capacity) {
        resize(Math.max(1, capacity));
    }

    /** A table of one row: the offer's facts. */
    static OfferTable of(OfferFacts facts) {
        OfferTable table = new OfferTable(1);
        table.set(0, facts);
        return table;
    }

    public int rows() {
        return rows;
    }

    /** Puts the facts in row {@code row}, growing the table when it is past the end. */
    public void set(int row, OfferFacts facts) {
        if (row >= offered.length) {
            resize(Math.max(2 * offered.length, row + 1));
        }
        rows = Math.max(rows, row + 1);
        offered[row] = facts.offered;
        competenceLow[row] = facts.offered.low();
        competenceHigh[row] = facts.offered.high();
        competenceFamilies[row] = facts.offered.families();
        wordCount[row] = facts.wordCount;
        country[row] = facts.country;
        nuts1[row] = facts.nuts1;
        nuts2[row] = facts.nuts2;
        hasPoint[row] = facts.hasPoint;
        double latitude = Math.toRadians(facts.latitude);
        double longitude = Math.toRadians(facts.longitude);
        sinLatitude[row] = Math.sin(latitude);
        cosLatitude[row] = Math.cos(latitude);
        sinLongitude[row] = Math.sin(longitude);
        cosLongitude[row] = Math.cos(longitude);
        capacity[row] = facts.capacity;
        missingFields[row] = facts.missingFields;
        changedSecond[row] = facts.changedSecond;
        changedNano[row] = facts.changedNano;
        naceCount[row] = facts.nace.length;
        firstNace[row] = facts.nace.length > 0 ? facts.nace[0] : 0;
        moreNace[row] = facts.nace.length > 1 ? Arrays.copyOfRange(facts.nace, 1, facts.nace.length) : NONE;
        clusterCount[row] = facts.clusters.length / 2;
        firstClusterHigh[row] = facts.clusters.length > 0 ? facts.clusters[0] : 0;
        firstClusterLow[row] = facts.clusters.length > 0 ? facts.clusters[1] : 0;
        moreClusters[row] = facts.clusters.length > 2 ? Arrays.copyOfRange(facts.clusters, 2, facts.clusters.length) : NONE;
    }

    /** The {@code i}-th NACE code of a row. */
    long nace(int row, int i) {
        return i == 0 ? firstNace[row] : moreNace[row][i - 1];
    }

    /** Whether one of the row's clusters is among the clusters given as halves (see {@link OfferFacts#clusterHalves}). */
    boolean sharesACluster(int row, long[] clusterHalves) {
        if (clusterCount[row] == 0) {
            return false;
        }
        for (int j = 0; j < clusterHalves.length; j += 2) {
            if (firstClusterHigh[row] == clusterHalves[j] && firstClusterLow[row] == clusterHalves[j + 1]) {
                return true;
            }
        }
        return OfferFacts.sharesACluster(moreClusters[row], clusterHalves);
    }

    private void resize(int size) {
        offered = offered == null ? new CompetenceSet[size] : Arrays.copyOf(offered, size);
        competenceLow = grown(competenceLow, size);
        competenceHigh = grown(competenceHigh, size);
        competenceFamilies = grown(competenceFamilies, size);
        wordCount = grown(wordCount, size);
        country = grown(country, size);
        nuts1 = grown(nuts1, size);
        nuts2 = grown(nuts2, size);
        hasPoint = hasPoint == null ? new boolean[size] : Arrays.copyOf(hasPoint, size);
        sinLatitude = grown(sinLatitude, size);
        cosLatitude = grown(cosLatitude, size);
        sinLongitude = grown(sinLongitude, size);
        cosLongitude = grown(cosLongitude, size);
        capacity = grown(capacity, size);
        missingFields = grown(missingFields, size);
        changedSecond = grown(changedSecond, size);
        changedNano = grown(changedNano, size);
        naceCount = grown(naceCount, size);
        firstNace = grown(firstNace, size);
        moreNace = moreNace == null ? new long[size][] : Arrays.copyOf(moreNace, size);
        clusterCount = grown(clusterCount, size);
        firstClusterHigh = grown(firstClusterHigh, size);
        firstClusterLow = grown(firstClusterLow, size);
        moreClusters = moreClusters == null ? new long[size][] : Arrays.copyOf(moreClusters, size);
    }

    private static long[] grown(long[] column, int size) {
        return column == null ? new long[size] : Arrays.copyOf(column, size);
    }

    private static int[] grown(int[] column, int size) {
        return column == null ? new int[size] : Arrays.copyOf(column, size);
    }

    private static double[] grown(double[] column, int size) {
        return column == null ? new double[size] : Arrays.copyOf(column, size);
    }
}
