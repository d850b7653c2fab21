package eu.viaduc.members.search.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lexemes of a stored search vector (a tsvector in its text form, {@code 'silk':1A,7C 'weav':3B}), each
 * with what it adds to PostgreSQL's {@code ts_rank} when a query asks for it: the weight of its heaviest
 * position, plus the others' weights falling off as 1/n², over π²/6 (ts_rank's own formula for one lexeme,
 * with its default weights). A query for one word of several forms sums its forms' shares, as ts_rank does;
 * it also divides by the number of forms, which changes no order.
 */
final class SearchVector {

    /** ts_rank's default weights of D, C, B and A. */
    private static final float[] WEIGHTS = {0.1f, 0.2f, 0.4f, 1.0f};

    private SearchVector() {
    }

    /** Each lexeme of the vector with its share of ts_rank; empty for a null vector. */
    static Map<String, Float> shares(String vector) {
        Map<String, Float> shares = new LinkedHashMap<>();
        if (vector == null) {
            return shares;
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
            float sum = 0;
            float heaviest = -1;
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
                    float w = WEIGHTS[weight];
                    sum += w / ((position + 1) * (position + 1));
                    if (w > heaviest) {
                        heaviest = w;
                        heaviestAt = position;
                    }
                    position++;
                    if (at < length && vector.charAt(at) == ',') {
                        at++;
                    }
                }
            } else {
                // a lexeme stored without positions counts as one position of weight D
                sum = WEIGHTS[0];
                heaviest = WEIGHTS[0];
            }
            shares.put(lexeme.toString(),
                    (float) ((heaviest + sum - heaviest / ((heaviestAt + 1) * (heaviestAt + 1))) / 1.64493406685));
        }
        return shares;
    }
}
