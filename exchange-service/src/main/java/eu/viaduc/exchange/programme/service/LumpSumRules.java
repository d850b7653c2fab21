package eu.viaduc.exchange.programme.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;


/**
 * The lump sum of a stay: the programme's amount for the host country, halved when the stay has
 * fewer than 5 working days or host and visitor are closer than 200 km (great-circle distance
 * between their registered points). Halved once, whichever reasons apply.
 */
public final class LumpSumRules {

    public static final int FULL_RATE_FROM_WORKING_DAYS = 5;
    public static final int FULL_RATE_FROM_DISTANCE_KM = 200;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private LumpSumRules() {
    }

    /**
     * How the lump sum was computed, so that a programme manager can check it.
     *
     * @param distanceKm null when one of the two organisations has no registered point
     */
    public record LumpSum(BigDecimal amount, String currency, String hostCountry, BigDecimal fullAmount,
            int workingDays, Integer distanceKm, List<String> halvedBecause) {
    }

    public static LumpSum of(String currency, String hostCountry, BigDecimal fullAmount, int workingDays,
            Double distanceKm) {
        List<String> halvedBecause = new ArrayList<>();
        if (workingDays < FULL_RATE_FROM_WORKING_DAYS) {
            halvedBecause.add("SHORT_STAY");
        }
        if (distanceKm != null && distanceKm < FULL_RATE_FROM_DISTANCE_KM) {
            halvedBecause.add("SHORT_DISTANCE");
        }
        BigDecimal amount = halvedBecause.isEmpty() ? fullAmount
                : fullAmount.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return new LumpSum(amount.setScale(2, RoundingMode.HALF_UP), currency, hostCountry,
                fullAmount.setScale(2, RoundingMode.HALF_UP), workingDays,
                distanceKm == null ? null : (int) Math.round(distanceKm), List.copyOf(halvedBecause));
    }

    /** Great-circle distance by the haversine formula on the mean Earth radius. */
    public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double deltaPhi = Math.toRadians(latitude2 - latitude1);
        double deltaLambda = Math.toRadians(longitude2 - longitude1);
        double a = Math.sin(deltaPhi / 2) * Math.sin(deltaPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(deltaLambda / 2) * Math.sin(deltaLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
