package eu.viaduc.matchmaking.consortium.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.viaduc.matchmaking.ranking.model.Assessor;
import eu.viaduc.matchmaking.ranking.model.Message;

/**
 * Proposes small teams that together cover every required competence under the team rules.
 *
 * <p>Organisations that offer the same required competences from the same country and the same clusters
 * are interchangeable: the best-fitting one stands for them in the search and the others are shown as its
 * substitutes. When at most {@value #EXACT_BOUND} such kinds remain, all of them are searched and the
 * teams are exact: no smaller team exists, and none of the same size fits better. Beyond that bound the
 * pool is narrowed, for each required competence, to its {@value #BEST_PER_COMPETENCE} best holders (the
 * most required competences first, then fit), plus the best holder of each of up to
 * {@value #SPREAD_PER_COMPETENCE} countries and, when clusters are asked, of up to
 * {@value #SPREAD_PER_COMPETENCE} clusters, so that the diversity rules keep something to choose from;
 * the teams are then the best among those (method NARROWED). The same data gives the same teams.
 */
public final class ConsortiumBuilder {

    public static final int EXACT_BOUND = 60;
    public static final int BEST_PER_COMPETENCE = 6;
    public static final int SPREAD_PER_COMPETENCE = 8;
    static final long STEP_BUDGET = 300_000;

    private static final Comparator<Partner> BEST_FIT = Comparator.comparingDouble(Partner::fit).reversed()
            .thenComparing(Partner::id);

    private ConsortiumBuilder() {
    }

    public static Proposal build(List<String> required, List<Partner> candidates, TeamRules rules) {
        List<Partner> holders = candidates.stream().filter(c -> !c.covers().isEmpty()).sorted(BEST_FIT).toList();
        List<String> uncovered = required.stream()
                .filter(competence -> holders.stream().noneMatch(h -> h.covers().contains(competence))).toList();
        if (!uncovered.isEmpty()) {
            return new Proposal(required, rules, List.of(), uncovered, Map.of(), null, Proposal.Method.EXACT,
                    holders.size(), 0, true, 0, List.of(Message.of("consortium.uncovered", new Assessor.Labels(uncovered))));
        }
        Map<String, List<Partner>> kinds = new LinkedHashMap<>();
        holders.forEach(h -> kinds.computeIfAbsent(h.kind(), k -> new ArrayList<>()).add(h));
        List<Partner> representatives = kinds.values().stream().map(List::getFirst).toList();
        boolean exact = representatives.size() <= EXACT_BOUND;
        List<Partner> pool = exact ? representatives : narrow(representatives, required, rules);

        TeamSearch.Result result = new TeamSearch(pool, required, rules, STEP_BUDGET).search();
        List<Message> explanation = new ArrayList<>();
        explanation.add(exact ? Message.of("consortium.exact", holders.size())
                : Message.of("consortium.narrowed", holders.size(), pool.size()));
        if (result.cutShort()) {
            explanation.add(Message.of("consortium.cutShort", result.steps()));
        }
        Proposal.RuledOut ruledOut = ruledOut(pool, required, rules, result.teams());
        if (ruledOut != null) {
            explanation.add(Message.of("consortium.ruledOut", names(ruledOut.team())));
            ruledOut.violations().forEach(v -> explanation.add(v.message()));
        }
        if (result.teams().isEmpty() && ruledOut == null && !result.cutShort()) {
            explanation.add(tooLarge(pool, required, rules));
        }
        Map<UUID, List<Partner>> substitutes = new LinkedHashMap<>();
        for (Team team : result.teams()) {
            for (Partner member : team.members()) {
                List<Partner> same = kinds.get(member.kind());
                substitutes.put(member.id(), same.subList(1, Math.min(same.size(), 4)));
            }
        }
        return new Proposal(required, rules, result.teams(), List.of(), substitutes, ruledOut,
                exact ? Proposal.Method.EXACT : Proposal.Method.NARROWED, holders.size(), pool.size(),
                !result.cutShort(), result.steps(), explanation);
    }

    /** The team the diversity rules turned down, when the best team without them is not the first proposed. */
    private static Proposal.RuledOut ruledOut(List<Partner> pool, List<String> required, TeamRules rules, List<Team> teams) {
        if (!rules.asksDiversity()) {
            return null;
        }
        List<Team> obvious = new TeamSearch(pool, required, rules.withoutDiversity(), STEP_BUDGET).search().teams();
        if (obvious.isEmpty() || (!teams.isEmpty() && teams.getFirst().key().equals(obvious.getFirst().key()))) {
            return null;
        }
        List<Team.Violation> violations = obvious.getFirst().violations(rules);
        return violations.isEmpty() ? null : new Proposal.RuledOut(obvious.getFirst(), violations);
    }

    /** Why no team fits within the size limit: how many members the smallest team would need. */
    private static Message tooLarge(List<Partner> pool, List<String> required, TeamRules rules) {
        if (rules.maxSize() < TeamRules.MAX_SIZE) {
            List<Team> larger = new TeamSearch(pool, required, rules.withMaxSize(TeamRules.MAX_SIZE).withAlternatives(1),
                    STEP_BUDGET).search().teams();
            if (!larger.isEmpty()) {
                return Message.of("consortium.tooLarge", rules.maxSize(), larger.getFirst().size());
            }
        }
        return Message.of("consortium.none", TeamRules.MAX_SIZE);
    }

    private static String names(Team team) {
        return String.join(", ", team.members().stream().map(Partner::name).toList());
    }

    /** The documented narrowing beyond {@link #EXACT_BOUND}; representatives come best fit first. */
    static List<Partner> narrow(List<Partner> representatives, List<String> required, TeamRules rules) {
        Set<Partner> kept = new LinkedHashSet<>();
        for (String competence : required) {
            List<Partner> holding = representatives.stream().filter(p -> p.covers().contains(competence))
                    .sorted(Comparator.comparingInt((Partner p) -> p.covers().size()).reversed().thenComparing(BEST_FIT))
                    .toList();
            holding.stream().limit(BEST_PER_COMPETENCE).forEach(kept::add);
            Set<String> countries = new LinkedHashSet<>();
            Set<UUID> clusters = new LinkedHashSet<>();
            for (Partner partner : holding) {
                if (partner.country() != null && countries.size() < SPREAD_PER_COMPETENCE && countries.add(partner.country())) {
                    kept.add(partner);
                }
                if ((rules.minClusters() > 0 || rules.onePerCluster()) && clusters.size() < SPREAD_PER_COMPETENCE
                        && partner.clusters().stream().anyMatch(c -> !clusters.contains(c))) {
                    clusters.addAll(partner.clusters());
                    kept.add(partner);
                }
            }
        }
        return kept.stream().sorted(BEST_FIT).toList();
    }
}
