package eu.viaduc.matchmaking.ranking.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Ranking scores every candidate without writing its reasons, and explains only the page. Over 2,000
 * organisations with every kind of gap (no region, no point, odd size band, stale, no words, no cluster),
 * needs of every shape and three weightings, the quick score is the explained score to the digit, and the
 * page is the one sorting every explained match gives (also past 8,192 candidates, where scoring is shared
 * between the cores).
 */
class ScoreTest {

    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    private static final UUID CLUSTER = UUID.nameUUIDFromBytes("cluster-1".getBytes());
    private static final List<String> OFFERED = List.of("garment-manufacturing", "knitting", "embroidery", "footwear",
            "medical-textiles", "fibre-development", "3d-printing", "access-to-finance");
    private static final List<Weights> WEIGHTINGS = List.of(Weights.defaults(),
            Weights.of(Map.of(Factor.DIVERSITY, 1.0, Factor.TEXT, 0.0)),
            Weights.of(Map.of(Factor.PROFILE, 0.9, Factor.GEOGRAPHY, 0.8, Factor.COMPETENCE, 0.1, Factor.TEXT, 0.6)));

    @Test
    void theQuickScoreIsTheExplainedScore() {
        List<Offer> offers = offers(2_000);
        int compared = 0;
        for (Need need : needs()) {
            for (Weights weights : WEIGHTINGS) {
                for (Offer offer : offers) {
                    double explained = Assessment.total(Assessor.assess(need, offer, NOW), weights);
                    assertThat(Assessor.score(need, offer, weights, NOW)).as("%s for %s", offer, need).isEqualTo(explained);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(4 * 3 * 2_000);
    }

    @Test
    void thePageIsTheOneSortingEveryExplainedMatchGives() {
        pagesMatchTheFullSort(offers(600), needs(), WEIGHTINGS);
    }

    @Test
    void soItIsWhenTheCandidatesAreManyAndScoredOnEveryCore() {
        pagesMatchTheFullSort(offers(9_000), needs().subList(0, 1), WEIGHTINGS.subList(0, 1));
    }

    private static void pagesMatchTheFullSort(List<Offer> offers, List<Need> needs, List<Weights> weightings) {
        for (Need need : needs) {
            for (Weights weights : weightings) {
                List<Ranking.Pair> pairs = offers.stream().map(offer -> new Ranking.Pair(need, offer)).toList();
                List<UUID> everyone = pairs.stream()
                        .map(p -> Map.entry(p.offer().id(), Assessment.total(Assessor.assess(need, p.offer(), NOW), weights)))
                        .sorted(Map.Entry.<UUID, Double>comparingByValue().reversed()
                                .thenComparing(e -> need.opportunityId() + "/" + e.getKey()))
                        .map(Map.Entry::getKey).toList();
                for (int wanted : List.of(1, 7, 20, 60)) {
                    List<Ranking.Match> page = Ranking.rank(pairs, weights, NOW, wanted);
                    assertThat(page).extracting(m -> m.offer().id()).containsExactlyElementsOf(everyone.subList(0, wanted));
                    assertThat(page).allSatisfy(m -> assertThat(m.factors()).hasSize(Factor.values().length));
                    assertThat(page).isSortedAccordingTo(Comparator.comparingDouble(Ranking.Match::score).reversed());
                }
            }
        }
    }

    private static List<Need> needs() {
        UUID opportunity = UUID.nameUUIDFromBytes("opportunity".getBytes());
        Need.Place lille = new Need.Place("FR", "FRE11", 50.63, 3.06);
        return List.of(
                new Need(opportunity, UUID.randomUUID(), List.of("garment-manufacturing", "medical-textiles"), List.of("C14.12"),
                        List.of("FR", "BE"), 200_000, lille, Set.of(CLUSTER)),
                new Need(opportunity, UUID.randomUUID(), List.of("knitting"), List.of(), List.of(), null,
                        new Need.Place("BE", "BE234", 51.05, 3.72), Set.of()),
                new Need(opportunity, UUID.randomUUID(), List.of("garment-manufacturing", "3d-printing", "fibre-development"),
                        List.of("C13", "C"), List.of(), 5_000, Need.Place.UNKNOWN, Set.of(CLUSTER)),
                new Need(opportunity, UUID.randomUUID(), List.of(), List.of("C13.92", "J62.01"), List.of(), 800,
                        new Need.Place("NL", "NL3", null, null), Set.of()));
    }

    /** Organisations with every kind of gap, drawn from a fixed seed. */
    private static List<Offer> offers(int count) {
        Random random = new Random(17);
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String country = pick(random, "FR", "BE", "NL", "BG");
            Need.Place place = new Need.Place(country, pick(random, null, "FRE11", "FRE1", "FR10", "BE234", "BE2", "NL3", "B"),
                    random.nextDouble() < 0.2 ? null : 43 + random.nextDouble() * 10,
                    random.nextDouble() < 0.2 ? null : -2 + random.nextDouble() * 25);
            List<String> competences = some(random, OFFERED, 1 + i % 3);
            List<String> words = some(random, List.of("mask", "knit", "jersey", "sew", "ffp2"), random.nextInt(4));
            int wordCount = words.isEmpty() ? (random.nextBoolean() ? 0 : 3) : words.size() + random.nextInt(5);
            offers.add(new Offer(UUID.nameUUIDFromBytes(("org-" + i).getBytes()), "Organisation " + i, place,
                    pick(random, null, "MICRO_1_9", "SMALL_10_49", "MEDIUM_50_249", "LARGE_250_PLUS", "NOT_A_BAND"),
                    competences, some(random, List.of("masks", "ffp2", "jersey"), random.nextInt(3)), random.nextBoolean(),
                    some(random, List.of("C", "C13", "C13.9", "C13.92", "C14.12", "C14.19", "C14", "J62.01", "C22"), random.nextInt(3)),
                    random.nextInt(4) == 0 ? Set.of() : Set.of(UUID.nameUUIDFromBytes(("cluster-" + random.nextInt(3)).getBytes())),
                    NOW.minusSeconds((long) (random.nextDouble() * 1500 * 86_400)).atOffset(ZoneOffset.UTC), wordCount,
                    random.nextInt(5) == 0 ? null : new Offer.TextOverlap(words, 1 + random.nextInt(6))));
        }
        return offers;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static List<String> some(Random random, List<String> values, int count) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String value = values.get(random.nextInt(values.size()));
            if (!chosen.contains(value)) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
