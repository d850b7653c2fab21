package eu.viaduc.matchmaking.ranking.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Orders matches by score: every pair is scored without its reasons ({@link Assessor#score}), and only the
 * wanted places are explained. Ties go by opportunity id, then organisation id, so that the same data gives
 * the same order.
 */
public final class Ranking {

    private Ranking() {
    }

    /** A need, an offer, and how they fit. */
    public record Match(Need need, Offer offer, List<Assessment> factors, double score) {

        /** The pair explained: each factor with its reasons, and the total. */
        public static Match of(Need need, Offer offer, Weights weights, Instant now) {
            List<Assessment> factors = Assessor.assess(need, offer, now);
            return new Match(need, offer, factors, Assessment.total(factors, weights));
        }
    }

    /** A pair to rank; the offer carries the words it shares with the need's text (or none: text counts 0). */
    public record Pair(Need need, Offer offer) {
    }

    private record Scored(Pair pair, double score) {
    }

    private static final Comparator<Scored> BEST_FIRST = (a, b) -> {
        int byScore = Double.compare(b.score(), a.score());
        if (byScore != 0) {
            return byScore;
        }
        int byOpportunity = compareIds(a.pair().need().opportunityId(), b.pair().need().opportunityId());
        return byOpportunity != 0 ? byOpportunity : compareIds(a.pair().offer().id(), b.pair().offer().id());
    };

    /** Below this many pairs, scoring them on one core is quicker than sharing the work. */
    private static final int SHARED_ABOVE = 8_192;

    /**
     * Candidates for one need, by position: each is scored from its offer's row and the
     * number of words it shares with the need's text; only those that reach the page are made whole.
     */
    public interface Candidates {

        int size();

        /** What scoring reads of the offers, by column (cheap: nothing is made). */
        OfferTable table();

        /** The row of the {@code i}-th candidate in {@link #table()}. */
        int row(int i);

        int sharedWords(int i);

        /** How many distinct words the need's text holds. */
        int needWords();

        /** The offer with the words it shares. */
        Offer withSharedWords(int i);
    }

    /** The first {@code wanted} pairs, best first, each explained. */
    public static List<Match> rank(List<Pair> pairs, Weights weights, Instant now, int wanted) {
        OfferTable table = new OfferTable(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            table.set(i, pairs.get(i).offer().facts());
        }
        return rank(pairs.size(), i -> Assessor.score(pairs.get(i).need(), pairs.get(i).offer(), table, i, weights, now),
                pairs::get, weights, now, wanted);
    }

    /** The first {@code wanted} candidates for the need, best first, each explained. */
    public static List<Match> rank(Need need, Candidates candidates, Weights weights, Instant now, int wanted) {
        OfferTable table = candidates.table();
        return rank(candidates.size(), i -> Assessor.score(need, table, candidates.row(i), candidates.sharedWords(i),
                candidates.needWords(), weights, now), i -> new Pair(need, candidates.withSharedWords(i)), weights, now, wanted);
    }

    /**
     * Scores {@code count} pairs by position (on every core above {@value #SHARED_ABOVE}); a pair is made whole
     * only when it scores well enough to take a place.
     */
    private static List<Match> rank(int count, IntToDoubleFunction score, IntFunction<Pair> whole, Weights weights,
            Instant now, int wanted) {
        int parts = count > SHARED_ABOVE ? Math.max(1, Runtime.getRuntime().availableProcessors()) : 1;
        int step = (count + parts - 1) / parts;
        List<Scored> kept = IntStream.range(0, parts).parallel()
                .mapToObj(part -> best(part * step, Math.min(count, (part + 1) * step), score, whole, wanted))
                .flatMap(List::stream).sorted(BEST_FIRST).limit(wanted).toList();
        List<Match> ranked = new ArrayList<>(kept.size());
        for (Scored scored : kept) {
            ranked.add(Match.of(scored.pair().need(), scored.pair().offer(), weights, now));
        }
        return ranked;
    }

    /** The best {@code wanted} of the pairs from {@code from} to {@code to}, in no particular order. */
    private static List<Scored> best(int from, int to, IntToDoubleFunction score, IntFunction<Pair> whole, int wanted) {
        // a heap whose head is the worst place kept: most pairs are turned away by one comparison
        PriorityQueue<Scored> best = new PriorityQueue<>(Math.max(1, Math.min(wanted, to - from)) + 1, BEST_FIRST.reversed());
        for (int i = from; i < to; i++) {
            double points = score.applyAsDouble(i);
            if (best.size() < wanted) {
                best.add(new Scored(whole.apply(i), points));
            } else if (points >= best.peek().score()) {
                Scored scored = new Scored(whole.apply(i), points);
                if (BEST_FIRST.compare(scored, best.peek()) < 0) {
                    best.poll();
                    best.add(scored);
                }
            }
        }
        return List.copyOf(best);
    }

    /** As their texts sort (fixed-width hexadecimal): unsigned, most significant half first. */
    private static int compareIds(UUID a, UUID b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
