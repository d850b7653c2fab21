package eu.viaduc.matchmaking.consortium.model;

/**
 * What a team must be: members from at least {@code minCountries} countries; at least {@code minClusters}
 * clusters each represented by a different member; optionally no two members of one cluster; at most
 * {@code maxSize} members. {@code alternatives} is how many teams to propose.
 */
public record TeamRules(int minCountries, int minClusters, boolean onePerCluster, int maxSize, int alternatives) {

    public static final int MAX_SIZE = 8;
    public static final int MAX_ALTERNATIVES = 10;

    public TeamRules {
        if (minCountries < 1 || minClusters < 0 || maxSize < 1 || maxSize > MAX_SIZE || alternatives < 1
                || alternatives > MAX_ALTERNATIVES) {
            throw new IllegalArgumentException("team rules out of bounds");
        }
    }

    /** The same size limit with no diversity asked: what the obvious choice would be. */
    TeamRules withoutDiversity() {
        return new TeamRules(1, 0, false, maxSize, 1);
    }

    boolean asksDiversity() {
        return minCountries > 1 || minClusters > 0 || onePerCluster;
    }

    TeamRules withMaxSize(int size) {
        return new TeamRules(minCountries, minClusters, onePerCluster, size, alternatives);
    }

    TeamRules withAlternatives(int wanted) {
        return new TeamRules(minCountries, minClusters, onePerCluster, maxSize, wanted);
    }
}
