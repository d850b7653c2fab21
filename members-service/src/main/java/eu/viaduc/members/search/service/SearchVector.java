package eu.viaduc.members.search.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lexemes of a stored search vector (a tsvector in its text form, {@code 'silk':1A,7C 'weav':3B}), each
 * with what it adds to PostgreSQL's {@code ts_rank} when a query asks for it: the weight of its heaviest
 * position, plus the others' weights falling off as 1/n², over π²/6 (ts_rank's own formula for one lexeme,
 * with its default weights 0.1, 0.2, 0.4 and 1 for D, C, B and A). A query for one word of several forms sums
 * its forms' shares, as ts_rank does; it also divides by the number of forms, which changes no order.
 */
final class SearchVector {

    /** ts_rank's default weights of D, C, B and A, in tenths: whole numbers, so equal sums stay equal. */
    private static final int[] WEIGHTS_IN_TENTHS = {1, 2, 4, 10};
    /** Units of a share kept by {@link #units}: thousandths of a tenth of weight. */
    private static final int UNITS_PER_TENTH = 1_000;
    static final int UNITS_PER_WEIGHT = 10 * UNITS_PER_TENTH;

    private SearchVector() {
    }

    /**
     * Each lexeme's share of ts_rank in whole units (ts_rank's common divisor, π²/6, dropped; empty for a null
     * vector): a lexeme at one position is worth its weight exactly (a B is worth two Cs, as in ts_rank),
     * further positions to a thousandth of a tenth of weight. {@value #UNITS_PER_WEIGHT} units are a weight of 1.
     */
    static Map<String, Integer> units(String vector) {
        Map<String, Integer> units = new LinkedHashMap<>();
        tenths(vector).forEach((lexeme, tenths) -> units.put(lexeme, (int) Math.round(tenths * UNITS_PER_TENTH)));
        return units;
    }

    /** Each lexeme with its share of ts_rank times 10 × π²/6, in tenths: its heaviest weight plus the others' over n². */
    private static Map<String, Double> tenths(String vector) {
        Map<String, Double> tenths = new LinkedHashMap<>();
        if (vector == null) {
            return tenths;
        }
        int at = 0;
        int length = vector.length();
        while (at < length) {
            if (vector.charAt(at) != '\'') {
                at++;
                continue;
            }
            StringBuilder lexeme = new StringBuilder();
            at++;
            while (at < length) {
                char c = vector.charAt(at);
                if (c == '\'' && at + 1 < length && vector.charAt(at + 1) == '\'') {
                    lexeme.append('\'');
                    at += 2;
                } else if (c == '\'') {
                    at++;
                    break;
                } else if (c == '\\' && at + 1 < length) {
                    lexeme.append(vector.charAt(at + 1));
                    at += 2;
                } else {
                    lexeme.append(c);
                    at++;
                }
            }
            double others = 0;
            int heaviest = -1;
            int heaviestAt = 0;
            int position = 0;
            if (at < length && vector.charAt(at) == ':') {
                at++;
                while (at < length && vector.charAt(at) != ' ') {
                    while (at < length && Character.isDigit(vector.charAt(at))) {
                        at++;
                    }
                    int weight = 0;
                    if (at < length && vector.charAt(at) >= 'A' && vector.charAt(at) <= 'C') {
                        weight = 'D' - vector.charAt(at);
                        at++;
                    }
                    int w = WEIGHTS_IN_TENTHS[weight];
                    others += (double) w / ((position + 1) * (position + 1));
                    if (w > heaviest) {
                        heaviest = w;
                        heaviestAt = position;
                    }
                    position++;
                    if (at < length && vector.charAt(at) == ',') {
                        at++;
                    }
                }
                // the heaviest counts whole, not over n²
                others -= (double) heaviest / ((heaviestAt + 1) * (heaviestAt + 1));
            } else {
                // a lexeme stored without positions counts as one position of weight D
                heaviest = WEIGHTS_IN_TENTHS[0];
            }
            tenths.put(lexeme.toString(), heaviest + others);
        }
        return tenths;
    }
}
