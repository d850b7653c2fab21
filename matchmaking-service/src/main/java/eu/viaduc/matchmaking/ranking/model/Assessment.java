package eu.viaduc.matchmaking.ranking.model;

import java.util.List;

/** One factor of one match: its value 0..1 and why, as sentences to write in the reader's language. */
public record Assessment(Factor factor, double value, List<Message> reasons) {

    public Assessment {
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException(factor + " valued " + value + ", outside 0..1");
        }
        reasons = List.copyOf(reasons);
    }

    public static Assessment of(Factor factor, double value, Message... reasons) {
        return new Assessment(factor, value, List.of(reasons));
    }

    /** The points it brings to a score out of 100. */
    public double points(Weights weights) {
        return 100 * weights.of(factor) * value;
    }

    /** The score of a match: its factors' points added in order (as {@link Assessor#score} adds them). */
    public static double total(List<Assessment> factors, Weights weights) {
        double total = 0;
        for (Assessment factor : factors) {
            total += factor.points(weights);
        }
        return total;
    }
}
