package eu.viaduc.exchange.programme.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What a programme's managers decide: checked by the service before it reaches the entity. */
public record ProgrammeSettings(String name, LocalDate startsOn, LocalDate endsOn, int minWorkingDays, int maxWorkingDays,
        List<CategoryTarget> targets, Map<String, BigDecimal> lumpSums, BigDecimal budget, String currency) {
}
