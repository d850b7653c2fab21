package eu.viaduc.exchange.programme.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.platform.outbox.Outbox;

/** Programme events, keyed by programme id; each carries the whole programme. */
@ApplicationScoped
public class ProgrammeEvents {

    public static final String TOPIC = "viaduc.exchange.programmes";
    public static final String CHANGED_V1 = "eu.viaduc.exchange.programme.changed.v1";

    private final Outbox outbox;

    @Inject
    public ProgrammeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Call after the change is flushed, so that the event carries the new version. */
    public void changed(Programme programme) {
        outbox.append(TOPIC, CHANGED_V1, programme.id().toString(), new Snapshot(programme.id(), programme.version(),
                programme.allianceId(), programme.name(), programme.startsOn(), programme.endsOn(),
                programme.minWorkingDays(), programme.maxWorkingDays(),
                programme.targets().stream().map(target -> new Target(target.category().name(), target.target(),
                        target.capped())).toList(),
                programme.lumpSums(), programme.budget(), programme.currency(), programme.changedAt()));
    }

    /** Data of programme.changed.v1; see its JSON Schema in event-contracts. */
    public record Snapshot(UUID programmeId, long version, UUID allianceId, String name, LocalDate startsOn,
            LocalDate endsOn, int minWorkingDays, int maxWorkingDays, List<Target> targets,
            Map<String, BigDecimal> lumpSums, BigDecimal budget, String currency, OffsetDateTime changedAt) {
    }

    public record Target(String category, int target, boolean capped) {
    }
}
