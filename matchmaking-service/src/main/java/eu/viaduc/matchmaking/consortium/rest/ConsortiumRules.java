package eu.viaduc.matchmaking.consortium.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.matchmaking.consortium.model.TeamRules;
import eu.viaduc.platform.problem.ProblemException;

@Schema(name = "ConsortiumRules", description = "What a team must be; every field may be left out for its default",
        examples = """
                {"minCountries": 2, "minClusters": 2, "onePerCluster": true, "maxSize": 4, "alternatives": 3}""")
public record ConsortiumRules(
        @Schema(description = "Members from at least this many countries", defaultValue = "1")
        @Min(1) @Max(TeamRules.MAX_SIZE) Integer minCountries,
        @Schema(description = "At least this many clusters, each represented by a different member", defaultValue = "0")
        @Min(0) @Max(TeamRules.MAX_SIZE) Integer minClusters,
        @Schema(description = "No two members of the same cluster", defaultValue = "false")
        Boolean onePerCluster,
        @Schema(description = "At most this many members", defaultValue = "5")
        @Min(1) @Max(TeamRules.MAX_SIZE) Integer maxSize,
        @Schema(description = "How many teams to propose", defaultValue = "3")
        @Min(1) @Max(TeamRules.MAX_ALTERNATIVES) Integer alternatives) {

    static final ConsortiumRules DEFAULTS = new ConsortiumRules(null, null, null, null, null);

    TeamRules rules() {
        int size = maxSize == null ? 5 : maxSize;
        int countries = minCountries == null ? 1 : minCountries;
        int clusters = minClusters == null ? 0 : minClusters;
        if (countries > size) {
            throw ProblemException.invalid("minCountries", "asks more countries (" + countries + ") than maxSize allows members (" + size + ")");
        }
        if (clusters > size) {
            throw ProblemException.invalid("minClusters", "asks more clusters (" + clusters + ") than maxSize allows members (" + size + ")");
        }
        return new TeamRules(countries, clusters, Boolean.TRUE.equals(onePerCluster), size,
                alternatives == null ? 3 : alternatives);
    }
}
