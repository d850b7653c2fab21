package eu.viaduc.matchmaking.ranking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.viaduc.platform.problem.ProblemException;

/** The factors one by one, on values a person can check by hand. */
class AssessorTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Need.Place LILLE = new Need.Place("FR", "FRE11", 50.63, 3.06);

    @Test
    void distancesAreTheArcSinesToWithinAMetreAtEveryRange() {
        // the quick series near the poster and the arc sine further away, against 2R asin(sqrt(h)) itself
        for (double km = 0; km <= 5_000; km += 0.37) {
            double h = Math.pow(Math.sin(km / (2 * 6371.0)), 2);
            assertThat(Assessor.kilometres(h)).as("%.2f km", km).isCloseTo(2 * 6371.0 * Math.asin(Math.sqrt(h)),
                    org.assertj.core.data.Offset.offset(0.001));
        }
    }

    @Test
    void nearnessThroughTheNaceHierarchy() {
        assertThat(Assessor.sharedLevel("C14.12", "C14.12")).isEqualTo(4);
        assertThat(Assessor.sharedLevel("C14.12", "C14.19")).isEqualTo(3);
        assertThat(Assessor.sharedLevel("C14.12", "C14.2")).isEqualTo(2);
        assertThat(Assessor.sharedLevel("C14.12", "C13")).isEqualTo(1);
        assertThat(Assessor.sharedLevel("C14.12", "J62")).isZero();
        // what lies within the code asked fits fully
        assertThat(Assessor.sector(need(List.of(), List.of("C14"), List.of(), null), offer("BE", List.of(), List.of("C14.12")))
                .value()).isEqualTo(1);
    }

    @Test
    void withNoCountrySoughtNearerIsBetter() {
        Need anywhere = need(List.of(), List.of(), List.of(), null);
        assertThat(Assessor.geography(anywhere, offerAt(new Need.Place("FR", "FRE12", 50.3, 3.4))).value()).isEqualTo(1);
        assertThat(Assessor.geography(anywhere, offerAt(new Need.Place("FR", "FRE22", 49.9, 2.3))).value()).isEqualTo(0.8);
        assertThat(Assessor.geography(anywhere, offerAt(new Need.Place("FR", "FRK26", 45.76, 4.84))).value()).isEqualTo(0.6);
        // Lille to Gent: 0.42° of latitude (46.7 km) and 0.66° of longitude at 51° (46.3 km), about 66 km: 0.5 x (1 - 66/2000)
        Assessment gent = Assessor.geography(anywhere, offerAt(new Need.Place("BE", "BE234", 51.05, 3.72)));
        assertThat(gent.reasons()).containsExactly(Message.of("geography.distance", 66L));
        assertThat(gent.value()).isEqualTo(0.5 * (1 - 66 / 2000.0));
    }

    @Test
    void capacityIsTheSizeBandAgainstTheQuantity() {
        assertThat(Assessor.capacity(need(List.of(), List.of(), List.of(), 200_000), sized("MEDIUM_50_249")).value()).isEqualTo(0.5);
        assertThat(Assessor.capacity(need(List.of(), List.of(), List.of(), 500), sized("MICRO_1_9")).value()).isEqualTo(1);
        assertThat(Assessor.capacity(need(List.of(), List.of(), List.of(), null), sized(null)).value()).isEqualTo(0.5);
    }

    @Test
    void weightsStayWithinBoundsAndAddUpToOne() {
        Weights weights = Weights.of(Map.of(Factor.COMPETENCE, 1.0));
        assertThat(weights.of(Factor.COMPETENCE)).isEqualTo(1 / 1.65, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(java.util.Arrays.stream(Factor.values()).mapToDouble(weights::of).sum())
                .isEqualTo(1, org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> Weights.of(Map.of(Factor.SECTOR, 1.5))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("weight.sector");
    }

    @Test
    void everySentenceIsWrittenInEnglishFrenchAndDutch() {
        assertThat(Sentences.keys("fr")).isEqualTo(Sentences.keys("en"));
        assertThat(Sentences.keys("nl")).isEqualTo(Sentences.keys("en"));
        assertThat(Sentences.write(Message.of("geography.distance", 64L), "nl")).isEqualTo("64 km van de plaatser.");
    }

    private static Need need(List<String> competences, List<String> nace, List<String> countries, Integer quantity) {
        return new Need(UUID.randomUUID(), UUID.randomUUID(), competences, nace, countries, quantity, LILLE, Set.of());
    }

    private static Offer offer(String country, List<String> competences, List<String> nace) {
        return new Offer(UUID.randomUUID(), "Test", new Need.Place(country, null, null, null), null, competences, List.of(),
                false, nace, Set.of(), OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC), 0, null);
    }

    private static Offer offerAt(Need.Place place) {
        return new Offer(UUID.randomUUID(), "Test", place, null, List.of(), List.of(), false, List.of(), Set.of(),
                OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC), 0, null);
    }

    private static Offer sized(String band) {
        return new Offer(UUID.randomUUID(), "Test", LILLE, band, List.of(), List.of(), false, List.of(), Set.of(),
                OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC), 0, null);
    }
}
