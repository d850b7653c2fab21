package eu.viaduc.members.search.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The text index ranks by each lexeme's share of ts_rank: the figures here are PostgreSQL's own for the same vector. */
class SearchVectorTest {

    @Test
    void eachLexemeGetsTheShareOfTsRankPostgresqlGivesIt() {
        // select ts_rank(v, 'silk'), ts_rank(v, 'weav'), ts_rank(v, 'it''s'), ts_rank(v, 'bare')
        Map<String, Float> shares = SearchVector.shares("'a\\\\b':6 'bare' 'it''s':2C,4C,5C 'silk':1A,7C,9 'weav':3B");

        assertThat(shares).containsOnlyKeys("a\\b", "bare", "it's", "silk", "weav");
        assertThat(shares.get("silk")).isCloseTo(0.6450781f, within(1e-6f));
        assertThat(shares.get("weav")).isCloseTo(0.24317084f, within(1e-6f));
        assertThat(shares.get("it's")).isCloseTo(0.16549127f, within(1e-6f));
        assertThat(shares.get("bare")).isCloseTo(0.06079271f, within(1e-6f));
        assertThat(shares.get("a\\b")).isCloseTo(0.06079271f, within(1e-6f));
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
        assertThat(SearchVector.shares("")).isEmpty();
        assertThat(SearchVector.shares(null)).isEmpty();
        assertThat(SearchVector.units(null)).isEmpty();
    }
}
