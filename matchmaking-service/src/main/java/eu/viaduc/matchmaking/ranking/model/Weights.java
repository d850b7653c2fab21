package eu.viaduc.matchmaking.ranking.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import eu.viaduc.platform.problem.ProblemException;

/**
 * The weight of each factor for one ranking: the defaults, or the caller's, each within 0..1, then
 * scaled so that they add up to 1 (a score stays points out of 100 whatever the caller sends).
 */
public final class Weights {

    private final Map<Factor, Double> weights;
    /** The same by the factor's ordinal: scoring asks for every factor of every candidate. */
    private final double[] byOrdinal;

    private Weights(Map<Factor, Double> weights) {
        this.weights = weights;
        this.byOrdinal = new double[Factor.values().length];
        weights.forEach((factor, weight) -> byOrdinal[factor.ordinal()] = weight);
    }

    public static Weights defaults() {
        return of(Map.of());
    }

    /** The defaults with the caller's overrides; the problem names a weight out of bounds. */
    public static Weights of(Map<Factor, Double> overrides) {
        Map<Factor, Double> raw = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            Double weight = overrides.get(factor);
            if (weight != null && (weight.isNaN() || weight < 0 || weight > 1)) {
                throw ProblemException.invalid("weight." + factor.key(), "must lie between 0 and 1");
            }
            raw.put(factor, weight == null ? factor.defaultWeight() : weight);
        }
        double sum = raw.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sum == 0) {
            throw ProblemException.invalid("weight." + Factor.COMPETENCE.key(), "at least one weight must be above 0");
        }
        Map<Factor, Double> scaled = new EnumMap<>(Factor.class);
        raw.forEach((factor, weight) -> scaled.put(factor, weight / sum));
        return new Weights(scaled);
    }

    public double of(Factor factor) {
        return byOrdinal[factor.ordinal()];
    }

    public Map<String, Double> asMap() {
        Map<String, Double> byKey = new LinkedHashMap<>();
        weights.forEach((factor, weight) -> byKey.put(factor.key(), Math.round(weight * 10_000) / 10_000.0));
        return byKey;
    }
}
