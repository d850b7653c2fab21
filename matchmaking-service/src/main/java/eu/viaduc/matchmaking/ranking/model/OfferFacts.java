package eu.viaduc.matchmaking.ranking.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What scoring reads of an offer, as numbers in one object: ranking scores tens of thousands of offers per
 * request, and reading them through their objects (place, strings, lists, dates) cost a cache miss at each
 * step. Codes are packed into numbers whose prefixes compare as the texts' do: a country (two letters) into
 * an int, a NUTS region's first three and four characters, a NACE code's up to six. The explanation still
 * reads the texts; {@link Assessor} takes its values from here.
 */
public final class OfferFacts {

    /** What an organisation of each size band can roughly deliver, in the opportunity's units. */
    static final Map<String, Integer> CAPACITY = Map.of("MICRO_1_9", 1_000, "SMALL_10_49", 10_000,
            "MEDIUM_50_249", 100_000, "LARGE_250_PLUS", 1_000_000);

    final CompetenceSet offered;
    /** Distinct words of the offers and keywords. */
    final int wordCount;
    final int country;
    final int nuts1;
    final int nuts2;
    final boolean hasPoint;
    final double latitude;
    final double longitude;
    /** 0: unknown size band. */
    final int capacity;
    final int missingFields;
    final long changedSecond;
    final int changedNano;
    final long[] nace;
    final long[] clusters;

    OfferFacts(Need.Place place, String sizeBand, List<String> competences, List<String> keywords, boolean describesOffers,
            List<String> naceCodes, Set<UUID> clusters, OffsetDateTime changedAt, int wordCount) {
        this.offered = CompetenceSet.of(competences);
        this.wordCount = wordCount;
        this.country = packed(place.country(), 2);
        this.nuts1 = packed(place.nutsRegion(), 3);
        this.nuts2 = packed(place.nutsRegion(), 4);
        this.hasPoint = place.hasPoint();
        this.latitude = hasPoint ? place.latitude() : Double.NaN;
        this.longitude = hasPoint ? place.longitude() : Double.NaN;
        this.capacity = sizeBand == null ? 0 : CAPACITY.getOrDefault(sizeBand, 0);
        this.missingFields = (competences.isEmpty() ? 1 : 0) + (keywords.isEmpty() ? 1 : 0) + (describesOffers ? 0 : 1)
                + (naceCodes.isEmpty() ? 1 : 0) + (place.nutsRegion() == null ? 1 : 0) + (hasPoint ? 0 : 1)
                + (sizeBand == null ? 1 : 0);
        this.changedSecond = changedAt.toEpochSecond();
        this.changedNano = changedAt.getNano();
        this.nace = nace(naceCodes);
        this.clusters = clusterHalves(clusters);
    }

    /**
     * The first {@code length} characters of a code as one number (-1: no code, or a shorter one): two codes
     * share those characters exactly when the numbers are equal. Codes are ASCII letters and digits.
     */
    static int packed(String code, int length) {
        if (code == null || code.length() < length) {
            return -1;
        }
        int packed = 0;
        for (int i = 0; i < length; i++) {
            packed = packed << 8 | (code.charAt(i) & 0xff);
        }
        return packed;
    }

    /**
     * NACE codes (at most six characters, C13.92) as numbers: the characters left-aligned in the high bytes,
     * the length in the lowest; prefixes then compare by masking. Longer codes are cut to six characters.
     */
    static long[] nace(List<String> codes) {
        long[] packed = new long[codes.size()];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = naceCode(codes.get(i));
        }
        return packed;
    }

    static long naceCode(String code) {
        long packed = 0;
        int length = Math.min(6, code.length());
        for (int i = 0; i < 6; i++) {
            packed = packed << 8 | (i < length ? code.charAt(i) & 0xff : 0);
        }
        return packed << 8 | length;
    }

    static int naceLength(long code) {
        return (int) (code & 0xff);
    }

    /** Whether the first {@code length} characters of two packed NACE codes are equal (both that long). */
    static boolean naceShare(long a, long b, int length) {
        if (naceLength(a) < length || naceLength(b) < length) {
            return false;
        }
        return (a ^ b) >>> (8 * (7 - length)) == 0;
    }

    static long[] clusterHalves(Set<UUID> clusters) {
        long[] halves = new long[2 * clusters.size()];
        int i = 0;
        for (UUID cluster : clusters) {
            halves[i++] = cluster.getMostSignificantBits();
            halves[i++] = cluster.getLeastSignificantBits();
        }
        return halves;
    }

    static boolean sharesACluster(long[] a, long[] b) {
        for (int i = 0; i < a.length; i += 2) {
            for (int j = 0; j < b.length; j += 2) {
                if (a[i] == b[j] && a[i + 1] == b[j + 1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Worked out from the record's other components: two records equal in those are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OfferFacts;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
