package eu.viaduc.platform.events;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads an event's time (its {@code ce_time} header). Every consumed event has one, and
 * {@link OffsetDateTime#parse} took a sixteenth of a consumer's CPU during an import (the formatter's
 * general machinery for one fixed shape). The shape producers write, {@code 2026-12-06T14:21:20.696803Z} or
 * with an offset {@code +01:00}, is read here directly; anything else goes to {@link OffsetDateTime#parse},
 * which accepts or rejects it exactly as before.
 */
public final class Rfc3339 {

    private static final int[] NANOS_PER_DIGIT = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100,
        10, 1};

    private Rfc3339() {
    }

    /** The time written in {@code text}; a {@link DateTimeParseException} if it is not one. */
    public static OffsetDateTime parse(String text) {
        OffsetDateTime time = inUsualShape(text);
        return time != null ? time : OffsetDateTime.parse(text);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)}, or null for any other text or an impossible date. */
    private static OffsetDateTime inUsualShape(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && isDigit(text.charAt(at))) {
                at++;
            }
            int fractionDigits = at - start;
            if (fractionDigits == 0 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, start, fractionDigits) * NANOS_PER_DIGIT[fractionDigits];
        }
        try {
            ZoneOffset offset = offset(text, at);
            return offset == null ? null : OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (DateTimeException impossible) {
            // a 30th of February or an offset out of range: OffsetDateTime.parse says so in its own words
            return null;
        }
    }

    private static ZoneOffset offset(String text, int at) {
        int left = text.length() - at;
        if (left == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = left == 6 ? text.charAt(at) : ' ';
        if ((sign != '+' && sign != '-') || text.charAt(at + 3) != ':') {
            return null;
        }
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        if (hours < 0 || minutes < 0) {
            return null;
        }
        return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    }

    /** The number written by {@code count} ASCII digits from {@code start}; -1 if one of them is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
