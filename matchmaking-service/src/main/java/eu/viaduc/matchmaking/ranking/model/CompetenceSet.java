package eu.viaduc.matchmaking.ranking.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.viaduc.taxonomy.Competences;

/**
 * A list of competence ids with each one's place in the vocabulary as a bit, and the bits of their
 * families: ranking asks "offers it exactly?" and "offers one of its family?" of tens of thousands of
 * profiles per request, and two bit tests answer what comparing names through the vocabulary took
 * hundreds of nanoseconds to. An id outside the vocabulary has no bit and is compared by name.
 */
public final class CompetenceSet {

    private static final Map<String, Integer> BITS = new HashMap<>();
    private static final Map<String, Integer> FAMILY_BITS = new HashMap<>();
    private static final int[] FAMILY_OF_BIT;

    static {
        List<Competences.Competence> all = Competences.all();
        if (all.size() > 128) {
            throw new IllegalStateException("the vocabulary outgrew two 64-bit words: widen CompetenceSet");
        }
        FAMILY_OF_BIT = new int[all.size()];
        for (Competences.Competence competence : all) {
            int bit = BITS.size();
            BITS.put(competence.id(), bit);
            FAMILY_OF_BIT[bit] = FAMILY_BITS.computeIfAbsent(competence.family(), family -> FAMILY_BITS.size());
        }
        if (FAMILY_BITS.size() > 64) {
            throw new IllegalStateException("the vocabulary has more than 64 families: widen CompetenceSet");
        }
    }

    private final List<String> ids;
    private final int[] bits;
    private final long low;
    private final long high;
    private final long families;

    private CompetenceSet(List<String> ids) {
        this.ids = ids;
        this.bits = new int[ids.size()];
        long lowBits = 0;
        long highBits = 0;
        long familyBits = 0;
        for (int i = 0; i < ids.size(); i++) {
            int bit = BITS.getOrDefault(ids.get(i), -1);
            bits[i] = bit;
            if (bit >= 0) {
                if (bit < 64) {
                    lowBits |= 1L << bit;
                } else {
                    highBits |= 1L << (bit - 64);
                }
                familyBits |= 1L << FAMILY_OF_BIT[bit];
            }
        }
        this.low = lowBits;
        this.high = highBits;
        this.families = familyBits;
    }

    public static CompetenceSet of(List<String> ids) {
        return new CompetenceSet(List.copyOf(ids));
    }

    public int size() {
        return ids.size();
    }

    /** The vocabulary bit of the {@code i}-th competence (-1: outside the vocabulary, compared by name). */
    int bit(int i) {
        return bits[i];
    }

    String id(int i) {
        return ids.get(i);
    }

    boolean containsId(String id) {
        return ids.contains(id);
    }

    long low() {
        return low;
    }

    long high() {
        return high;
    }

    long families() {
        return families;
    }

    /** Whether the vocabulary's {@code bit} is set in the two words of a set (see {@link OfferFacts}, which carries them inline). */
    static boolean holdsBit(long low, long high, int bit) {
        return ((bit < 64 ? low >>> bit : high >>> (bit - 64)) & 1) != 0;
    }

    /** Whether the family of the vocabulary's {@code bit} is set in a set's family word. */
    static boolean holdsFamily(long families, int bit) {
        return bit >= 0 && (families >>> FAMILY_OF_BIT[bit] & 1) != 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompetenceSet set && set.ids.equals(ids);
    }

    @Override
    public int hashCode() {
        return ids.hashCode();
    }

    @Override
    public String toString() {
        return ids.toString();
    }
}
