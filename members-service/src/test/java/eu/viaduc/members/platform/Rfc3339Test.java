package eu.viaduc.members.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import eu.viaduc.platform.events.Rfc3339;

/** An event's time reads as OffsetDateTime.parse reads it, quick path or not (platform-commons' Rfc3339). */
class Rfc3339Test {

    @Test
    void readsEveryTimeAProducerWritesAsOffsetDateTimeDoes() {
        Random random = new Random(20261206);
        for (int i = 0; i < 100_000; i++) {
            OffsetDateTime time = OffsetDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), nanos(random),
                    ZoneOffset.ofTotalSeconds(60 * (random.nextInt(18 * 60 * 2 + 1) - 18 * 60)));
            // toString is what producers write (KafkaCloudEvents.toRecord): seconds and fraction only when not zero
            String text = time.toString();
            assertThat(Rfc3339.parse(text)).as(text).isEqualTo(OffsetDateTime.parse(text)).isEqualTo(time);
        }
    }

    @Test
    void readsOtherValidShapesAsOffsetDateTimeDoes() {
        for (String text : List.of("2026-12-06T14:21Z", "2026-12-06T14:21:20Z", "2026-12-06T14:21:20.5-00:00",
                "2026-12-06T14:21:20.123456789+14:00", "2026-12-06T14:21:20.1-18:00", "2026-12-06T14:21:20+01:00:30",
                "2024-02-29T00:00:00Z", "+12026-12-06T14:21:20Z",
                "2026-12-06T14:21:20.Z")) {
            assertThat(Rfc3339.parse(text)).as(text).isEqualTo(OffsetDateTime.parse(text));
        }
    }

    @Test
    void refusesWhatOffsetDateTimeRefuses() {
        for (String text : List.of("2026-02-30T14:21:20Z", "2026-13-06T14:21:20Z", "2026-12-06T24:00:00Z",
                "2026-12-06T14:60:00Z", "2026-12-06T14:21:60Z", "2026-12-06T14:21:20.1234567890Z",
                "2026-12-06T14:21:20+19:00", "2026-12-06T14:21:20", "2026-12-06 14:21:20Z", "2026-12-06T14:21:2xZ",
                "2026-12-06T14:21:20+0100", "2026-12-06T14:21:20ZZ", "yesterday", "")) {
            assertThatThrownBy(() -> OffsetDateTime.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> Rfc3339.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }

    private static int nanos(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
        };
    }
}
