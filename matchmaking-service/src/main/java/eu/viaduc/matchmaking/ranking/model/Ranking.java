package eu.viaduc.matchmaking.ranking.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Orders matches by score. The words an offer shares with a need's text cost a query per match, so they
 * are asked only for the matches that could still reach the wanted places: a match whose score without it,
 * plus the most the text factor can bring, stays below the last wanted place cannot get there. The
 * order of the wanted places is therefore exact. Ties go by id, so that the same data gives the same order.
 */
public final class Ranking {

    private Ranking() {
    }

    /** A need, an offer, and how they fit. */
    public record Match(Need need, Offer offer, List<Assessment> factors, double score) {

        static Match of(Need need, Offer offer, Weights weights, Instant now) {
            List<Assessment> factors = Assessor.assess(need, offer, now);
            return new Match(need, offer, factors, factors.stream().mapToDouble(a -> a.points(weights)).sum());
        }

        private String tieBreak() {
            return need.opportunityId() + "/" + offer.id();
        }
    }

    /** A pair to rank. */
    public record Pair(Need need, Offer offer) {
    }

    /**
     * The pairs ranked, the first {@code wanted} exactly; {@code textOverlap} gives, in the order of the
     * pairs it is handed, the words each offer shares with its need's text.
     */
    public static List<Match> rank(List<Pair> pairs, Weights weights, Instant now, int wanted,
            Function<List<Pair>, List<Offer.TextOverlap>> textOverlap) {
        Comparator<Match> byScore = Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::tieBreak);
        List<Match> partial = new ArrayList<>(pairs.stream().map(p -> Match.of(p.need(), p.offer(), weights, now)).toList());
        partial.sort(byScore);
        if (partial.isEmpty()) {
            return partial;
        }
        double threshold = partial.get(Math.min(wanted, partial.size()) - 1).score();
        double textAtMost = 100 * weights.of(Factor.TEXT);
        List<Pair> worthAsking = partial.stream()
                .filter(m -> m.offer().wordCount() > 0 && m.score() + textAtMost >= threshold)
                .map(m -> new Pair(m.need(), m.offer())).toList();
        List<Offer.TextOverlap> found = worthAsking.isEmpty() ? List.of() : textOverlap.apply(worthAsking);
        List<Match> ranked = new ArrayList<>(partial.size());
        Map<String, Pair> completed = new HashMap<>();
        for (int i = 0; i < worthAsking.size(); i++) {
            Pair pair = worthAsking.get(i);
            completed.put(pair.need().opportunityId() + "/" + pair.offer().id(),
                    new Pair(pair.need(), pair.offer().withText(found.get(i))));
        }
        for (Match match : partial) {
            Pair withText = completed.get(match.tieBreak());
            ranked.add(withText == null ? match : Match.of(withText.need(), withText.offer(), weights, now));
        }
        ranked.sort(byScore);
        return ranked;
    }
}
