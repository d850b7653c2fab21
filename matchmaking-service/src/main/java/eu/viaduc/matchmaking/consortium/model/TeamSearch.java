package eu.viaduc.matchmaking.consortium.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The smallest teams of a pool that meet the rules, best fit first: an exact branch and bound.
 *
 * <p>Sizes are tried from one upwards (iterative deepening), so the first size with a team is the
 * smallest. Within a size, each step branches on the uncovered competence with the fewest holders left
 * (the usual rule for exact cover: a dead end shows up early), and once every competence is covered, on
 * the partners that add a country or a cluster still missing. Once a branch has tried a partner, its
 * later siblings exclude it, so each team is met once; a team that stays valid without one of its
 * members is skipped, since a smaller one stands for it. Branches are cut when the slots left cannot
 * cover what is uncovered (at most the best single coverage per slot), cannot bring the countries
 * missing (one per slot), or the clusters missing (one per slot), and when even the best fit still open in
 * every slot left could not beat the teams already kept (so the first teams found, from the best-fitting
 * partners, make the rest of the search short).
 *
 * <p>Every valid team that no member can leave is reached this way, so the result is exact unless the
 * step budget runs out first, which the result says. Neither Timefold (whose exhaustive search would
 * try every ordering of the same members in the team's seats) nor JGraphT offers set cover with these
 * side rules; JGraphT does the matching of members to clusters.
 */
final class TeamSearch {

    private final List<Partner> pool;
    private final long[] masks;
    private final int[][] holders;
    private final long everything;
    private final int bestCoverage;
    private final TeamRules rules;
    private final long stepBudget;
    private long steps;
    private boolean cutShort;

    /** The teams found, best first, how many steps it took and whether the budget ran out before the end. */
    record Result(List<Team> teams, long steps, boolean cutShort) {
    }

    TeamSearch(List<Partner> candidates, List<String> required, TeamRules rules, long stepBudget) {
        if (required.size() > 62) {
            throw new IllegalArgumentException("at most 62 required competences");
        }
        this.pool = candidates.stream().sorted(Comparator.comparingDouble(Partner::fit).reversed().thenComparing(Partner::id)).toList();
        this.rules = rules;
        this.stepBudget = stepBudget;
        this.everything = (1L << required.size()) - 1;
        this.masks = new long[pool.size()];
        int best = 0;
        for (int i = 0; i < pool.size(); i++) {
            for (int bit = 0; bit < required.size(); bit++) {
                if (pool.get(i).covers().contains(required.get(bit))) {
                    masks[i] |= 1L << bit;
                }
            }
            best = Math.max(best, Long.bitCount(masks[i]));
        }
        this.bestCoverage = best;
        this.holders = new int[required.size()][];
        for (int bit = 0; bit < required.size(); bit++) {
            List<Integer> holding = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                if ((masks[i] & (1L << bit)) != 0) {
                    holding.add(i);
                }
            }
            holders[bit] = holding.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    Result search() {
        List<Team> found = new ArrayList<>();
        for (int size = 1; size <= rules.maxSize() && found.size() < rules.alternatives() && !cutShort; size++) {
            TreeSet<Team> ofSize = new TreeSet<>(Team.BEST_FIRST);
            explore(new ArrayList<>(), 0L, new BitSet(pool.size()), size, new Wanted(ofSize, rules.alternatives() - found.size()));
            found.addAll(ofSize);
        }
        return new Result(found, steps, cutShort);
    }

    /** The best teams of one size found so far, at most {@code capacity} of them. */
    private record Wanted(TreeSet<Team> teams, int capacity) {

        void offer(Team team) {
            teams.add(team);
            if (teams.size() > capacity) {
                teams.pollLast();
            }
        }

        /** Whether a team of this mean fit could still take a place. */
        boolean couldTake(double fit) {
            return teams.size() < capacity || fit > teams.last().fit() + 1e-9;
        }
    }

    private void explore(List<Integer> chosen, long covered, BitSet excluded, int size, Wanted wanted) {
        if (++steps > stepBudget) {
            cutShort = true;
            return;
        }
        List<Partner> members = chosen.stream().map(pool::get).toList();
        int countries = countries(members).size();
        int clusters = rules.minClusters() > 0 ? representedAtMost(members) : 0;
        if (covered == everything && clusters >= rules.minClusters() && rules.minClusters() > 0) {
            clusters = Team.represent(members).size();
        }
        boolean diverse = countries >= rules.minCountries() && clusters >= rules.minClusters();
        if (covered == everything && diverse) {
            if (chosen.size() == size && isMinimal(members)) {
                wanted.offer(new Team(members));
            }
            return;
        }
        int left = size - chosen.size();
        if (left == 0 || Long.bitCount(everything & ~covered) > left * bestCoverage
                || countries + left < rules.minCountries() || clusters + left < rules.minClusters()) {
            return;
        }
        double fitAtMost = (members.stream().mapToDouble(Partner::fit).sum() + left * bestOpenFit(chosen, excluded)) / size;
        if (!wanted.couldTake(fitAtMost)) {
            return;
        }
        List<Integer> branches = covered != everything ? holdersOfScarcest(covered, chosen, excluded)
                : diversifiers(members, countries < rules.minCountries(), clusters < rules.minClusters(), chosen, excluded);
        List<Integer> tried = new ArrayList<>();
        for (int candidate : branches) {
            chosen.add(candidate);
            explore(chosen, covered | masks[candidate], excluded, size, wanted);
            chosen.remove(chosen.size() - 1);
            if (cutShort) {
                break;
            }
            excluded.set(candidate);
            tried.add(candidate);
        }
        tried.forEach(excluded::clear);
    }

    /** The best fit any partner still open has: the pool comes best fit first. */
    private double bestOpenFit(List<Integer> chosen, BitSet excluded) {
        for (int candidate = excluded.nextClearBit(0); candidate < pool.size(); candidate = excluded.nextClearBit(candidate + 1)) {
            if (!chosen.contains(candidate)) {
                return pool.get(candidate).fit();
            }
        }
        return 0;
    }

    /** The holders still open of the uncovered competence that has the fewest of them. */
    private List<Integer> holdersOfScarcest(long covered, List<Integer> chosen, BitSet excluded) {
        List<Integer> scarcest = null;
        for (int bit = 0; bit < holders.length; bit++) {
            if ((covered & (1L << bit)) != 0) {
                continue;
            }
            List<Integer> open = new ArrayList<>();
            for (int candidate : holders[bit]) {
                if (isOpen(candidate, chosen, excluded)) {
                    open.add(candidate);
                }
            }
            if (scarcest == null || open.size() < scarcest.size()) {
                scarcest = open;
            }
            if (open.isEmpty()) {
                break;
            }
        }
        return scarcest;
    }

    /** Partners still open that bring a country or a cluster the team lacks. */
    private List<Integer> diversifiers(List<Partner> members, boolean lackCountries, boolean lackClusters,
            List<Integer> chosen, BitSet excluded) {
        Set<String> countries = countries(members);
        int clusters = lackClusters ? Team.represent(members).size() : 0;
        List<Integer> open = new ArrayList<>();
        for (int candidate = 0; candidate < pool.size(); candidate++) {
            if (!isOpen(candidate, chosen, excluded)) {
                continue;
            }
            Partner partner = pool.get(candidate);
            boolean newCountry = lackCountries && partner.country() != null && !countries.contains(partner.country());
            boolean newCluster = lackClusters && !partner.clusters().isEmpty() && Team.represent(with(members, partner)).size() > clusters;
            if (newCountry || newCluster) {
                open.add(candidate);
            }
        }
        return open;
    }

    private boolean isOpen(int candidate, List<Integer> chosen, BitSet excluded) {
        if (excluded.get(candidate) || chosen.contains(candidate)) {
            return false;
        }
        if (rules.onePerCluster()) {
            Partner partner = pool.get(candidate);
            for (int member : chosen) {
                if (pool.get(member).sharesClusterWith(partner)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether every member is needed: without any one of them the team would break a rule or leave a gap. */
    private boolean isMinimal(List<Partner> members) {
        for (Partner member : members) {
            List<Partner> without = members.stream().filter(m -> m != member).toList();
            long covered = 0;
            for (Partner other : without) {
                covered |= masks[pool.indexOf(other)];
            }
            if (covered == everything && countries(without).size() >= rules.minCountries()
                    && (rules.minClusters() == 0 || Team.represent(without).size() >= rules.minClusters())) {
                return false;
            }
        }
        return true;
    }

    /** An upper bound of the clusters the members can represent, cheaper than the matching. */
    private static int representedAtMost(List<Partner> members) {
        Set<Object> clusters = new HashSet<>();
        int withCluster = 0;
        for (Partner member : members) {
            clusters.addAll(member.clusters());
            withCluster += member.clusters().isEmpty() ? 0 : 1;
        }
        return Math.min(withCluster, clusters.size());
    }

    private static Set<String> countries(List<Partner> members) {
        Set<String> countries = new HashSet<>();
        for (Partner member : members) {
            if (member.country() != null) {
                countries.add(member.country());
            }
        }
        return countries;
    }

    private static List<Partner> with(List<Partner> members, Partner partner) {
        List<Partner> more = new ArrayList<>(members);
        more.add(partner);
        return more;
    }
}
