package eu.viaduc.matchmaking.ranking.model;

/**
 * The named factors a match score is the weighted sum of, each valued 0..1, with its default weight
 * (the defaults add up to 1, so that a score reads as points out of 100).
 */
public enum Factor {
    /** Required competences the organisation offers exactly (1) or through the vocabulary's family (0.5). */
    COMPETENCE(0.35),
    /** Words the organisation's offers and keywords share with the opportunity's text, each stemmed in its language. */
    TEXT(0.10),
    /** Closest NACE codes: same class or inside what is asked 1, group 0.75, division 0.5, section 0.25. */
    SECTOR(0.15),
    /** In a country sought (1) or not (0); with none sought, nearness to the poster (NUTS, then distance). */
    GEOGRAPHY(0.15),
    /** From another country than the poster (0.5) and from a cluster the poster is not in (0.5). */
    DIVERSITY(0.05),
    /** The organisation's size band against the quantity asked. */
    CAPACITY(0.10),
    /** Profile completeness (half) and freshness (half). */
    PROFILE(0.10);

    private final double defaultWeight;

    Factor(double defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    /** The name used in requests and responses: competence, text, sector... */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
