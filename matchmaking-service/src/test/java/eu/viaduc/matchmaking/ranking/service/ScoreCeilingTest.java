package eu.viaduc.matchmaking.ranking.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.matchmaking.MatchmakingWorld;
import eu.viaduc.matchmaking.MatchmakingWorld.Member;
import eu.viaduc.matchmaking.ranking.model.Assessor;
import eu.viaduc.matchmaking.ranking.model.Factor;
import eu.viaduc.matchmaking.ranking.model.Need;
import eu.viaduc.matchmaking.ranking.model.Offer;
import eu.viaduc.matchmaking.ranking.model.Ranking;
import eu.viaduc.matchmaking.ranking.model.Weights;
import eu.viaduc.taxonomy.Competences;

/**
 * Ranking reads only the candidates whose ceiling (worked out by PostgreSQL) could reach the page. Over
 * 400 organisations with every kind of gap in their profiles (no region, no point, odd size bands, stale,
 * no words) and needs of every shape, the ceiling is never below the exact score, and never above it by
 * more than the two allowances it takes (text and the cluster half of diversity); and the pages read
 * under ceilings, a few candidates at a time, are those that scoring everyone gives.
 */
@QuarkusTest
class ScoreCeilingTest {

    private static final UUID CLUSTER = UUID.nameUUIDFromBytes("ceiling-cluster-1".getBytes());
    private static final List<String> OFFERED = List.of("garment-manufacturing", "knitting", "embroidery", "footwear",
            "medical-textiles", "fibre-development", "3d-printing", "access-to-finance");

    @Inject
    EntityManager entityManager;

    @Inject
    MatchingData data;

    @Inject
    RankOrganisations rankOrganisations;

    @BeforeEach
    void seedOrganisationsWithEveryKindOfGap() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from member_membership where organisation_id in "
                    + "(select id from organisation_profile where name like 'Ceiling organisation %')").executeUpdate();
            entityManager.createNativeQuery("delete from organisation_profile where name like 'Ceiling organisation %'")
                    .executeUpdate();
            entityManager.createNativeQuery("select setseed(0.17)").getResultList();
            entityManager.createNativeQuery("""
                    insert into organisation_profile (id, name, type, country, competences, competence_keys, registered_at,
                        version, size_band, nuts_region, latitude, longitude, nace_codes, keywords, changed_at, offers)
                    select md5('ceiling-org-' || i)::uuid, 'Ceiling organisation ' || i, 'SME',
                        (array['FR','BE','NL','BG'])[1 + i % 4], k.c, k.c, now(), 1,
                        (array[null, 'MICRO_1_9', 'SMALL_10_49', 'MEDIUM_50_249', 'LARGE_250_PLUS', 'NOT_A_BAND'])[1 + floor(random() * 6)::int],
                        (array[null, 'FRE11', 'FRE1', 'FR10', 'BE234', 'BE2', 'NL3', 'B'])[1 + floor(random() * 8)::int],
                        case when random() < 0.2 then null else 43 + random() * 10 end,
                        case when random() < 0.2 then null else -2 + random() * 25 end,
                        array(select distinct (array['C', 'C13', 'C13.9', 'C13.92', 'C14.12', 'C14.19', 'C14', 'J62.01', 'C22'])[1 + floor(random() * 9)::int]
                              from generate_series(1, i * 0 + floor(random() * 3)::int)),
                        array(select distinct (array['masks', 'ffp2', 'jersey'])[1 + floor(random() * 3)::int]
                              from generate_series(1, i * 0 + floor(random() * 3)::int)),
                        now() - random() * 1500 * interval '1 day',
                        case when random() < 0.3 then '{}'::jsonb else jsonb_build_object('en', 'We knit and sew masks and jerseys') end
                    from generate_series(1, 400) i
                    -- (i * 0 above ties each drawing to its row: an uncorrelated subquery is drawn once for all rows)
                    cross join lateral (select array(select distinct (cast(?1 as text[]))[1 + floor(random() * ?2)::int]
                                                     from generate_series(1, 1 + i % 3)) as c) k""")
                    .setParameter(1, OFFERED.toArray(String[]::new)).setParameter(2, OFFERED.size()).executeUpdate();
            entityManager.createNativeQuery("""
                    insert into member_membership (id, organisation_id, cluster_id, status, version)
                    select md5('ceiling-membership-' || i)::uuid, md5('ceiling-org-' || i)::uuid,
                           md5('ceiling-cluster-' || (i % 3))::uuid, 'ACTIVE', 1
                    from generate_series(1, 400) i where i % 4 <> 0 on conflict (id) do nothing""").executeUpdate();
        });
    }

    @Test
    void theCeilingIsNeverBelowTheScoreNorAboveItByMoreThanWhatItCannotWorkOut() {
        UUID words = publishedMasksNeed(List.of("garment-manufacturing"));
        Need.Place lille = new Need.Place("FR", "FRE11", 50.63, 3.06);
        List<Need> needs = List.of(
                need(words, List.of("garment-manufacturing", "medical-textiles"), List.of("C14.12"), List.of("FR", "BE"), 200_000, lille),
                need(words, List.of("knitting"), List.of(), List.of(), null, new Need.Place("BE", "BE234", 51.05, 3.72)),
                need(words, List.of("garment-manufacturing", "3d-printing", "fibre-development"), List.of("C13", "C"), List.of(), 5_000,
                        Need.Place.UNKNOWN),
                need(words, List.of("embroidery", "access-to-finance"), List.of("C13.92", "J62.01"), List.of(), 800,
                        new Need.Place("NL", "NL3", null, null)));
        List<Weights> weightings = List.of(Weights.defaults(), Weights.of(Map.of(Factor.DIVERSITY, 1.0, Factor.TEXT, 0.0)),
                Weights.of(Map.of(Factor.PROFILE, 0.9, Factor.GEOGRAPHY, 0.8, Factor.COMPETENCE, 0.1, Factor.TEXT, 0.6)));
        Instant now = Instant.now();
        int compared = 0;
        int sharing = 0;
        for (Need need : needs) {
            for (Weights weights : weightings) {
                MatchingData.CeilingPage read = data.candidatesUnder(words, ScoreCeiling.of(need, weights, now.atOffset(ZoneOffset.UTC)),
                        keysOf(need), need.posterId(), 10_000);
                assertThat(read.nextCeiling()).isEqualTo(Double.NEGATIVE_INFINITY);
                Map<UUID, Offer.TextOverlap> overlaps = data.sharedWords(words, read.offers().stream().map(Offer::id).toList());
                for (Offer offer : read.offers()) {
                    Offer.TextOverlap overlap = overlaps.get(offer.id());
                    boolean sharesAWord = overlap != null && !overlap.sharedWords().isEmpty();
                    double score = score(need, offer.withText(overlap), weights, now);
                    double allowance = 100 * weights.of(Factor.DIVERSITY) * 0.5 + (sharesAWord ? 100 * weights.of(Factor.TEXT) : 0)
                            + ScoreCeiling.SLACK;
                    double ceiling = read.ceilings().get(offer.id());
                    assertThat(ceiling).as("ceiling of %s for %s", offer.name(), need.requiredCompetences())
                            .isGreaterThanOrEqualTo(score - ScoreCeiling.SLACK).isLessThanOrEqualTo(score + allowance);
                    compared++;
                    sharing += sharesAWord ? 1 : 0;
                }
            }
        }
        assertThat(compared).isGreaterThan(2_000);
        assertThat(sharing).as("both kinds: sharing a word and not").isBetween(100, compared - 20);
    }

    private static UUID publishedMasksNeed(List<String> competences) {
        Member poster = MatchmakingWorld.member("Ceiling poster", "FR", List.of("logistics"),
                profile -> profile.put("nutsRegion", "FRE11"));
        Map<String, Object> body = MatchmakingWorld.urgentNeed(poster.id());
        body.put("requiredCompetences", competences);
        body.put("countriesSought", List.of());
        return MatchmakingWorld.published(poster.editor(), body);
    }

    @Test
    void pagesReadUnderCeilingsAFewAtATimeAreThoseThatScoringEveryoneGives() {
        UUID opportunity = publishedMasksNeed(List.of("garment-manufacturing", "embroidery", "medical-textiles"));
        Weights weights = Weights.defaults();

        List<UUID> everyone = everyoneScored(opportunity, weights);
        assertThat(everyone).hasSizeGreaterThan(300);
        for (int wanted : List.of(1, 7, 20, 60)) {
            RankOrganisations.Result result = rankOrganisations.rank(opportunity, weights, wanted, 3);
            assertThat(result.matches().stream().limit(wanted).map(m -> m.offer().id()).toList())
                    .as("first %d", wanted).isEqualTo(everyone.subList(0, wanted));
            assertThat(result.total()).isEqualTo(everyone.size());
        }
    }

    /** The reference: every candidate read and scored with its words, then ordered. */
    private List<UUID> everyoneScored(UUID opportunityId, Weights weights) {
        RankOrganisations.Result any = rankOrganisations.rank(opportunityId, weights, 1);
        Need need = needFor(any);
        List<Offer> all = data.candidates(keysOf(need), need.posterId());
        List<Ranking.Pair> pairs = all.stream().map(offer -> new Ranking.Pair(need, offer)).toList();
        return Ranking.rank(pairs, weights, Instant.now(), pairs.size(), asked -> {
            Map<UUID, Offer.TextOverlap> found = data.sharedWords(opportunityId, asked.stream().map(p -> p.offer().id()).toList());
            return asked.stream().map(p -> found.get(p.offer().id())).toList();
        }).stream().map(m -> m.offer().id()).toList();
    }

    private Need needFor(RankOrganisations.Result result) {
        var opportunity = result.opportunity();
        return RankOrganisations.needOf(opportunity, data.posters(List.of(opportunity.organisationId()))
                .getOrDefault(opportunity.organisationId(), MatchingData.Poster.UNKNOWN));
    }

    private static Need need(UUID opportunity, List<String> competences, List<String> nace, List<String> countries, Integer quantity,
            Need.Place poster) {
        return new Need(opportunity, UUID.randomUUID(), competences, nace, countries, quantity, poster, Set.of(CLUSTER));
    }

    private static Set<String> keysOf(Need need) {
        Set<String> keys = new LinkedHashSet<>();
        for (String competence : need.requiredCompetences()) {
            keys.add(competence);
            Competences.familyOf(competence).ifPresent(family -> keys.addAll(Competences.inFamily(family)));
        }
        return keys;
    }

    private static double score(Need need, Offer offer, Weights weights, Instant now) {
        return Assessor.assess(need, offer, now).stream().mapToDouble(a -> a.points(weights)).sum();
    }
}
