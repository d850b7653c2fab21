package eu.viaduc.matchmaking.consortium.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.alg.matching.HopcroftKarpMaximumCardinalityBipartiteMatching;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import eu.viaduc.matchmaking.ranking.model.Message;

/**
 * A team and what it adds up to. Clusters count as represented only by different members: an
 * organisation in two clusters does not make an inter-cluster team on its own. Which member stands for
 * which cluster is a maximum bipartite matching between members and their clusters (JGraphT).
 */
public record Team(List<Partner> members) {

    /** Smaller first, then the better mean fit, then by ids, so that the same data gives the same order. */
    public static final Comparator<Team> BEST_FIRST = Comparator.comparingInt(Team::size)
            .thenComparing(Comparator.comparingDouble(Team::fit).reversed()).thenComparing(Team::key);

    public Team {
        members = members.stream().sorted(Comparator.comparingDouble(Partner::fit).reversed()
                .thenComparing(Partner::id)).toList();
    }

    public int size() {
        return members.size();
    }

    /** The members' mean fit, out of 100. */
    public double fit() {
        return members.stream().mapToDouble(Partner::fit).average().orElse(0);
    }

    public Set<String> countries() {
        return members.stream().map(Partner::country).filter(c -> c != null).collect(Collectors.toCollection(TreeSet::new));
    }

    /** For each member that represents a cluster, that cluster; as many as can be told apart. */
    public Map<UUID, UUID> representedClusters() {
        return represent(members);
    }

    /** Who covers each required competence, in the order asked. */
    public Map<String, List<UUID>> coverage(List<String> required) {
        Map<String, List<UUID>> coverage = new LinkedHashMap<>();
        for (String competence : required) {
            coverage.put(competence, members.stream().filter(m -> m.covers().contains(competence)).map(Partner::id).toList());
        }
        return coverage;
    }

    /** The rules this team breaks, with what it has against what is asked. */
    public List<Violation> violations(TeamRules rules) {
        List<Violation> violations = new ArrayList<>();
        int countries = countries().size();
        if (countries < rules.minCountries()) {
            violations.add(new Violation(Violation.Rule.COUNTRIES, countries, rules.minCountries()));
        }
        int clusters = representedClusters().size();
        if (clusters < rules.minClusters()) {
            violations.add(new Violation(Violation.Rule.CLUSTERS, clusters, rules.minClusters()));
        }
        if (rules.onePerCluster() && sharesACluster(members)) {
            violations.add(new Violation(Violation.Rule.ONE_PER_CLUSTER, 2, 1));
        }
        if (size() > rules.maxSize()) {
            violations.add(new Violation(Violation.Rule.SIZE, size(), rules.maxSize()));
        }
        return violations;
    }

    String key() {
        return members.stream().map(m -> m.id().toString()).sorted().collect(Collectors.joining(","));
    }

    static boolean sharesACluster(List<Partner> members) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (members.get(i).sharesClusterWith(members.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Vertices of the member–cluster graph; members and clusters are both ids, so each side is tagged. */
    private record Vertex(boolean member, UUID id) {
    }

    static Map<UUID, UUID> represent(List<Partner> members) {
        Graph<Vertex, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        Set<Vertex> left = new LinkedHashSet<>();
        Set<Vertex> right = new LinkedHashSet<>();
        for (Partner member : members) {
            Vertex m = new Vertex(true, member.id());
            graph.addVertex(m);
            left.add(m);
            for (UUID cluster : new TreeSet<>(member.clusters())) {
                Vertex c = new Vertex(false, cluster);
                if (graph.addVertex(c)) {
                    right.add(c);
                }
                graph.addEdge(m, c);
            }
        }
        Map<UUID, UUID> represented = new LinkedHashMap<>();
        if (right.isEmpty()) {
            return represented;
        }
        for (DefaultEdge edge : new HopcroftKarpMaximumCardinalityBipartiteMatching<>(graph, left, right).getMatching()) {
            Vertex a = graph.getEdgeSource(edge);
            Vertex b = graph.getEdgeTarget(edge);
            represented.put(a.member() ? a.id() : b.id(), a.member() ? b.id() : a.id());
        }
        return represented;
    }

    /** A rule a team breaks: what it has, and what the rule asks. */
    public record Violation(Rule rule, int has, int asked) {

        public enum Rule { COUNTRIES, CLUSTERS, ONE_PER_CLUSTER, SIZE }

        /** The violation as a sentence to write in the reader's language. */
        public Message message() {
            return switch (rule) {
                case COUNTRIES -> Message.of("consortium.violation.countries", has, asked);
                case CLUSTERS -> Message.of("consortium.violation.clusters", has, asked);
                case ONE_PER_CLUSTER -> Message.of("consortium.violation.onePerCluster");
                case SIZE -> Message.of("consortium.violation.size", has, asked);
            };
        }
    }
}
