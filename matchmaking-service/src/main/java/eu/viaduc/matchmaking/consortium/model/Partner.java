package eu.viaduc.matchmaking.consortium.model;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An organisation that could join a team: which of the required competences it offers (exactly, not
 * through a family: a consortium must really cover each one), its country, the clusters it is an active
 * member of, and how well it fits the need (its ranking score out of 100).
 */
public record Partner(UUID id, String name, String country, Set<UUID> clusters, Set<String> covers, double fit) {

    public Partner {
        clusters = Set.copyOf(clusters);
        covers = Set.copyOf(covers);
    }

    /** What makes two partners interchangeable in a team: the same competences, country and clusters. */
    String kind() {
        return new TreeSet<>(covers) + "|" + country + "|" + new TreeSet<>(clusters);
    }

    boolean sharesClusterWith(Partner other) {
        return other.clusters.stream().anyMatch(clusters::contains);
    }
}
