package eu.viaduc.exchange.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import eu.viaduc.exchange.programme.service.LumpSumRules;
import eu.viaduc.exchange.programme.service.WorkingDays;

/** The lump-sum table on known coordinates each side of the 200 km line, and working days across holidays. */
class LumpSumTableTest {

    @ParameterizedTest(name = "{0} -> {1}: {4} km, {5} working days: {6}")
    @CsvSource({
            // visitor, host, visitor point, host point, km, working days, amount, halved because
            "Perpignan, Terrassa, 42.6887 2.8948, 41.5630 2.0089, 144, 5, 550.00, SHORT_DISTANCE",
            "Montpellier, Terrassa, 43.6108 3.8767, 41.5630 2.0089, 277, 5, 1100.00, ''",
            "Lille, Kortrijk, 50.6292 3.0573, 50.8280 3.2649, 26, 5, 550.00, SHORT_DISTANCE",
            "Lille, Gent, 50.6292 3.0573, 51.0543 3.7174, 66, 4, 550.00, SHORT_STAY SHORT_DISTANCE",
            "Sofia, Terrassa, 42.6977 23.3219, 41.5630 2.0089, 1757, 5, 1100.00, ''",
            "Sofia, Terrassa, 42.6977 23.3219, 41.5630 2.0089, 1757, 3, 550.00, SHORT_STAY",
            "Bucharest, Sofia, 44.4268 26.1025, 42.6977 23.3219, 296, 5, 1100.00, ''",
            "Lyon, Geneva, 45.7640 4.8357, 46.2044 6.1432, 112, 5, 550.00, SHORT_DISTANCE",
    })
    void halvedForAShortStayOrUnder200KmOnce(String visitor, String host, String visitorPoint, String hostPoint,
            int expectedKm, int workingDays, String expectedAmount, String halvedBecause) {
        String[] v = visitorPoint.split(" ");
        String[] h = hostPoint.split(" ");
        double km = LumpSumRules.distanceKm(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(h[0]),
                Double.parseDouble(h[1]));
        assertThat(km).isCloseTo(expectedKm, within(expectedKm * 0.02 + 2));
        LumpSumRules.LumpSum sum = LumpSumRules.of("EUR", "ES", new BigDecimal("1100"), workingDays, km);
        assertThat(sum.amount()).isEqualByComparingTo(expectedAmount);
        assertThat(sum.fullAmount()).isEqualByComparingTo("1100");
        assertThat(String.join(" ", sum.halvedBecause())).isEqualTo(halvedBecause);
    }

    @Test
    void exactly200KmIsFullRateAndAnOddAmountHalvesToTheCent() {
        assertThat(LumpSumRules.of("EUR", "DK", new BigDecimal("1125.55"), 5, 200.0).amount()).isEqualByComparingTo("1125.55");
        assertThat(LumpSumRules.of("EUR", "DK", new BigDecimal("1125.55"), 5, 199.9).amount()).isEqualByComparingTo("562.78");
    }

    @Test
    void aPublicHolidayOfTheHostCountryIsNoWorkingDay() {
        WorkingDays days = new WorkingDays();
        // Tuesday 14 July 2026 is France's national day, not Spain's
        assertThat(days.between(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 17), "FR")).isEqualTo(4);
        assertThat(days.between(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 17), "ES")).isEqualTo(5);
        assertThat(days.holidaysDuring(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 17), "FR"))
                .containsExactly(LocalDate.of(2026, 7, 14));
        // Bulgaria's Independence Day, Tuesday 22 September 2026; Ascension Day in Denmark, Thursday 14 May 2026
        assertThat(days.between(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 25), "BG")).isEqualTo(4);
        assertThat(days.between(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 15), "DK")).isEqualTo(4);
        // a weekend in the middle does not count either
        assertThat(days.between(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 10), "RO")).isEqualTo(5);
    }
}
