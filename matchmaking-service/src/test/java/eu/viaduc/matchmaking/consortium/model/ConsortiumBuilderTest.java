package eu.viaduc.matchmaking.consortium.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.viaduc.matchmaking.ranking.model.Sentences;

/** The builder on hand-made candidates, each case small enough to check the expected team by hand. */
class ConsortiumBuilderTest {

    private static final UUID CLUSTER_1 = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID CLUSTER_2 = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    private static final UUID CLUSTER_3 = UUID.fromString("00000000-0000-0000-0000-0000000000c3");

    private static final List<String> SIX = List.of("recycling", "dyeing-finishing", "3d-printing", "e-commerce",
            "cybersecurity", "data-analytics");

    private final TeamRules anyTeam = new TeamRules(1, 0, false, 5, 3);

    @Test
    void finds_the_smallest_team_where_taking_the_widest_coverage_first_needs_three() {
        // Greedy takes Wide first (4 of the 6), then still needs one for 3d-printing and one for data-analytics.
        Partner wide = partner("Wide", "FR", 90, Set.of(), "recycling", "dyeing-finishing", "e-commerce", "cybersecurity");
        Partner left = partner("Left", "FR", 60, Set.of(), "recycling", "dyeing-finishing", "3d-printing");
        Partner right = partner("Right", "BE", 60, Set.of(), "e-commerce", "cybersecurity", "data-analytics");
        Partner printer = partner("Printer", "DE", 70, Set.of(), "3d-printing");
        Partner analyst = partner("Analyst", "DE", 70, Set.of(), "data-analytics");

        Proposal proposal = ConsortiumBuilder.build(SIX, List.of(wide, left, right, printer, analyst), anyTeam);

        assertThat(proposal.teams()).isNotEmpty();
        assertThat(names(proposal.teams().getFirst())).containsExactlyInAnyOrder("Left", "Right");
        assertThat(proposal.teams()).allSatisfy(team -> assertThat(team.size()).isGreaterThanOrEqualTo(2));
        assertThat(proposal.teams()).filteredOn(team -> team.size() == 2).hasSize(1);
        assertThat(proposal.teams().get(1).size()).as("alternatives come from the next size").isEqualTo(3);
        assertThat(proposal.method()).isEqualTo(Proposal.Method.EXACT);
        assertThat(proposal.complete()).isTrue();
        assertThat(proposal.teams().getFirst().coverage(SIX).get("3d-printing")).containsExactly(left.id());
    }

    @Test
    void a_country_rule_rules_out_the_organisation_that_covers_everything_alone_and_says_so() {
        List<String> three = List.of("recycling", "dyeing-finishing", "3d-printing");
        Partner all = partner("All", "FR", 90, Set.of(), "recycling", "dyeing-finishing", "3d-printing");
        Partner most = partner("Most", "FR", 80, Set.of(), "recycling", "dyeing-finishing");
        Partner printer = partner("Printer", "DE", 50, Set.of(), "3d-printing");
        Partner allToo = partner("AllToo", "BE", 45, Set.of(), "recycling", "dyeing-finishing", "3d-printing");

        Proposal proposal = ConsortiumBuilder.build(three, List.of(all, most, printer, allToo), new TeamRules(2, 0, false, 4, 3));

        assertThat(proposal.teams()).extracting(ConsortiumBuilderTest::names).containsExactly(
                List.of("All", "Printer"), // mean fit 70
                List.of("All", "AllToo"), // 67.5
                List.of("Most", "Printer")); // 65
        assertThat(proposal.ruledOut().team().members()).containsExactly(all);
        assertThat(proposal.ruledOut().violations()).containsExactly(new Team.Violation(Team.Violation.Rule.COUNTRIES, 1, 2));
        assertThat(Sentences.write(proposal.explanation(), "en"))
                .contains("The obvious team, the smallest and best-fitting one without your diversity rules (All), was ruled out:")
                .contains("its members come from 1 countries, 2 asked.");
        assertThat(Sentences.write(proposal.explanation(), "fr")).contains("a été écartée").contains("1 pays, 2 demandés");
    }

    @Test
    void clusters_count_only_when_different_members_represent_them_and_one_per_cluster_keeps_them_apart() {
        List<String> two = List.of("recycling", "3d-printing");
        Partner both = partner("Both", "FR", 90, Set.of(CLUSTER_1, CLUSTER_2), "recycling", "3d-printing");
        Partner sameCluster = partner("SameCluster", "FR", 80, Set.of(CLUSTER_1), "recycling");
        Partner otherCluster = partner("OtherCluster", "FR", 60, Set.of(CLUSTER_3), "3d-printing");
        List<Partner> candidates = List.of(both, sameCluster, otherCluster);

        Proposal twoClusters = ConsortiumBuilder.build(two, candidates, new TeamRules(1, 2, false, 3, 3));
        Team best = twoClusters.teams().getFirst();
        assertThat(names(best)).containsExactly("Both", "SameCluster");
        assertThat(best.representedClusters()).containsEntry(sameCluster.id(), CLUSTER_1).containsEntry(both.id(), CLUSTER_2);
        assertThat(twoClusters.ruledOut().violations())
                .containsExactly(new Team.Violation(Team.Violation.Rule.CLUSTERS, 1, 2));

        Proposal apart = ConsortiumBuilder.build(two, candidates, new TeamRules(1, 2, true, 3, 3));
        assertThat(apart.teams()).extracting(ConsortiumBuilderTest::names)
                .containsExactly(List.of("Both", "OtherCluster"), List.of("SameCluster", "OtherCluster"));
    }

    @Test
    void a_competence_nobody_offers_gives_no_team_and_is_named() {
        Partner one = partner("One", "FR", 90, Set.of(), "recycling");

        Proposal proposal = ConsortiumBuilder.build(List.of("recycling", "cybersecurity"), List.of(one), anyTeam);

        assertThat(proposal.teams()).isEmpty();
        assertThat(proposal.uncovered()).containsExactly("cybersecurity");
        assertThat(Sentences.write(proposal.explanation(), "en")).isEqualTo("No organisation offers “Cybersecurity”: no team can cover it.");
        assertThat(Sentences.write(proposal.explanation(), "nl")).startsWith("Geen enkele organisatie biedt");
    }

    @Test
    void a_size_limit_too_small_says_how_many_members_the_smallest_team_needs() {
        Partner left = partner("Left", "FR", 60, Set.of(), "recycling");
        Partner right = partner("Right", "BE", 60, Set.of(), "cybersecurity");

        Proposal proposal = ConsortiumBuilder.build(List.of("recycling", "cybersecurity"), List.of(left, right),
                new TeamRules(1, 0, false, 1, 3));

        assertThat(proposal.teams()).isEmpty();
        assertThat(Sentences.write(proposal.explanation(), "en")).contains(
                "No team of at most 1 members covers every required competence under these rules; the smallest has 2.");
    }

    @Test
    void rules_that_nothing_meets_give_no_team_and_say_which_rule_ruled_out_the_obvious_one() {
        Partner left = partner("Left", "FR", 60, Set.of(), "recycling");
        Partner right = partner("Right", "FR", 60, Set.of(), "cybersecurity");

        Proposal proposal = ConsortiumBuilder.build(List.of("recycling", "cybersecurity"), List.of(left, right),
                new TeamRules(2, 0, false, 4, 3));

        assertThat(proposal.teams()).isEmpty();
        assertThat(proposal.ruledOut().violations()).extracting(Team.Violation::rule).containsExactly(Team.Violation.Rule.COUNTRIES);
    }

    @Test
    void interchangeable_organisations_are_shown_as_substitutes_and_the_order_of_the_data_does_not_matter() {
        Partner first = partner("First", "FR", 80, Set.of(CLUSTER_1), "recycling");
        Partner twin = partner("Twin", "FR", 70, Set.of(CLUSTER_1), "recycling");
        Partner other = partner("Other", "BE", 60, Set.of(), "cybersecurity");
        List<Partner> candidates = new ArrayList<>(List.of(first, twin, other));
        List<String> required = List.of("recycling", "cybersecurity");

        Proposal proposal = ConsortiumBuilder.build(required, candidates, anyTeam);
        assertThat(names(proposal.teams().getFirst())).containsExactly("First", "Other");
        assertThat(proposal.substitutes().get(first.id())).containsExactly(twin);
        assertThat(proposal.pool()).isEqualTo(2);

        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(candidates, new Random(seed));
            assertThat(ConsortiumBuilder.build(required, candidates, anyTeam).teams()).isEqualTo(proposal.teams());
        }
    }

    @Test
    void beyond_the_exact_bound_the_pool_is_narrowed_and_a_team_is_still_found() {
        List<Partner> candidates = new ArrayList<>();
        String[] countries = {"FR", "BE", "NL", "DE", "ES", "IT", "PT", "PL", "RO", "BG"};
        for (int i = 0; i < 400; i++) {
            String competence = SIX.get(i % SIX.size());
            candidates.add(partner("P" + i, countries[i % countries.length], 100 - (i % 50),
                    Set.of(new UUID(0, 100 + i % 17)), competence));
        }
        Proposal proposal = ConsortiumBuilder.build(SIX, candidates, new TeamRules(3, 3, true, 6, 3));

        assertThat(proposal.method()).isEqualTo(Proposal.Method.NARROWED);
        assertThat(proposal.pool()).isLessThan(proposal.candidates());
        assertThat(proposal.complete()).as("the narrowed pool is searched to the end").isTrue();
        assertThat(proposal.teams()).isNotEmpty().allSatisfy(team -> {
            assertThat(team.size()).isEqualTo(6);
            assertThat(team.violations(proposal.rules())).isEmpty();
        });
    }

    private static Partner partner(String name, String country, double fit, Set<UUID> clusters, String... covers) {
        return new Partner(UUID.nameUUIDFromBytes(name.getBytes()), name, country, clusters, Set.of(covers), fit);
    }

    private static List<String> names(Team team) {
        return team.members().stream().map(Partner::name).toList();
    }
}
