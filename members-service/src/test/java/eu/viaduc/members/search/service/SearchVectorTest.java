package eu.viaduc.members.search.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The text index ranks by each lexeme's share of ts_rank: the figures here are PostgreSQL's own for the same vector. */
class SearchVectorTest {

    /** ts_rank's divisor, π²/6. */
    private static final double PI_SQUARED_OVER_SIX = 1.64493406685;
    /** A unit is a ten-thousandth of a weight of 1, over π²/6: 6e-5 of a share; rounded to one, half that. */
    private static final float ROUNDED_TO_A_UNIT = 3.1e-5f;

    @Test
    void eachLexemeGetsTheShareOfTsRankPostgresqlGivesIt() {
        // select ts_rank(v, 'silk'), ts_rank(v, 'weav'), ts_rank(v, 'it''s'), ts_rank(v, 'bare')
        Map<String, Float> shares = tsRankShares("'a\\\\b':6 'bare' 'it''s':2C,4C,5C 'silk':1A,7C,9 'weav':3B");

        assertThat(shares).containsOnlyKeys("a\\b", "bare", "it's", "silk", "weav");
        assertThat(shares.get("silk")).isCloseTo(0.6450781f, within(ROUNDED_TO_A_UNIT));
        assertThat(shares.get("weav")).isCloseTo(0.24317084f, within(ROUNDED_TO_A_UNIT));
        assertThat(shares.get("it's")).isCloseTo(0.16549127f, within(ROUNDED_TO_A_UNIT));
        assertThat(shares.get("bare")).isCloseTo(0.06079271f, within(ROUNDED_TO_A_UNIT));
        assertThat(shares.get("a\\b")).isCloseTo(0.06079271f, within(ROUNDED_TO_A_UNIT));
    }

    @Test
    void sharesInWholeUnitsKeepTsRanksTies() {
        // ts_rank gives a word once in the keywords (B) as much as two of its forms once each in a text (C)
        Map<String, Integer> units = SearchVector.units("'printed':1C 'print':1C 'fabric':2B 'silk':3A 'woven':4C,6C");

        assertThat(units.get("fabric")).isEqualTo(units.get("printed") + units.get("print"));
        assertThat(units.get("silk")).isEqualTo(10_000);
        assertThat(units.get("woven")).isEqualTo(2_500);
    }

    @Test
    void anEmptyOrMissingVectorHasNoLexemes() {
        assertThat(SearchVector.units("")).isEmpty();
        assertThat(SearchVector.units(null)).isEmpty();
    }

    /** Each lexeme's ts_rank for a query of it alone, from its units (units over a weight's, over π²/6). */
    private static Map<String, Float> tsRankShares(String vector) {
        Map<String, Float> shares = new LinkedHashMap<>();
        SearchVector.units(vector).forEach((lexeme, units) -> shares.put(lexeme,
                (float) (units / (double) SearchVector.UNITS_PER_WEIGHT / PI_SQUARED_OVER_SIX)));
        return shares;
    }
}
