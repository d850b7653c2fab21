package eu.viaduc.matchmaking.ranking.model;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an opportunity asks, and where its poster stands (from the read models), for matching; {@code facts}
 * are the same as numbers, worked out once for all the candidates.
 */
public record Need(UUID opportunityId, UUID posterId, List<String> requiredCompetences, List<String> naceCodes,
        List<String> countriesSought, Integer quantity, Place poster, Set<UUID> posterClusters, NeedFacts facts) {

    public Need {
        requiredCompetences = List.copyOf(requiredCompetences);
        naceCodes = List.copyOf(naceCodes);
        countriesSought = List.copyOf(countriesSought);
        posterClusters = Set.copyOf(posterClusters);
    }

    public Need(UUID opportunityId, UUID posterId, List<String> requiredCompetences, List<String> naceCodes,
            List<String> countriesSought, Integer quantity, Place poster, Set<UUID> posterClusters) {
        this(opportunityId, posterId, requiredCompetences, naceCodes, countriesSought, quantity, poster, posterClusters,
                new NeedFacts(requiredCompetences, naceCodes, countriesSought, poster, posterClusters));
    }

    /** Where an organisation is: country, NUTS region and point, each possibly unknown (null). */
    public record Place(String country, String nutsRegion, Double latitude, Double longitude) {

        public static final Place UNKNOWN = new Place(null, null, null, null);

        public boolean hasPoint() {
            return latitude != null && longitude != null;
        }
    }
}
