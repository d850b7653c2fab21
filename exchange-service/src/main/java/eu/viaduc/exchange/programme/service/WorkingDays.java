package eu.viaduc.exchange.programme.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Counts a stay's working days in the host country: weekends and the country's national public
 * holidays (Jollyday's maintained calendars) are not working days. Regional holidays are not
 * counted, since a host is known by country, not by region, here.
 */
@ApplicationScoped
public class WorkingDays {

    private final ConcurrentMap<String, HolidayManager> managers = new ConcurrentHashMap<>();

    /** The working days from {@code from} to {@code until}, both included. */
    public int between(LocalDate from, LocalDate until, String country) {
        return workingDates(from, until, country).size();
    }

    /** The public holidays of the country that fall on weekdays of the stay: what the count left out. */
    public List<LocalDate> holidaysDuring(LocalDate from, LocalDate until, String country) {
        Set<LocalDate> holidays = holidays(from, until, country);
        return from.datesUntil(until.plusDays(1)).filter(holidays::contains).filter(WorkingDays::isWeekday).toList();
    }

    private List<LocalDate> workingDates(LocalDate from, LocalDate until, String country) {
        Set<LocalDate> holidays = holidays(from, until, country);
        return from.datesUntil(until.plusDays(1)).filter(WorkingDays::isWeekday)
                .filter(date -> !holidays.contains(date)).toList();
    }

    private Set<LocalDate> holidays(LocalDate from, LocalDate until, String country) {
        // a country without a maintained calendar has weekends only
        if (!HolidayManager.getSupportedCalendarCodes().contains(country.toUpperCase(Locale.ROOT))) {
            return Set.of();
        }
        HolidayManager manager = managers.computeIfAbsent(country.toLowerCase(Locale.ROOT),
                code -> HolidayManager.getInstance(ManagerParameters.create(code)));
        return manager.getHolidays(from, until, HolidayType.PUBLIC_HOLIDAY).stream().map(Holiday::getActualDate)
                .collect(Collectors.toSet());
    }

    private static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
