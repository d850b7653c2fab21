package eu.viaduc.members.alliance.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.members.alliance.model.Alliance;
import eu.viaduc.platform.outbox.Outbox;

/** One event type for every change of an alliance, carrying the whole alliance and its version. */
@ApplicationScoped
public class AllianceEvents {

    public static final String TOPIC = "viaduc.members.alliances";
    public static final String CHANGED_V1 = "eu.viaduc.members.alliance.changed.v1";

    private final Outbox outbox;

    @Inject
    public AllianceEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Call after the change is flushed, so the snapshot carries the new version. */
    public void changed(Alliance alliance) {
        outbox.append(TOPIC, CHANGED_V1, alliance.id().toString(), new Snapshot(alliance.id(), alliance.version(),
                alliance.name(), alliance.programmeStart(), alliance.programmeEnd(), alliance.clusters(),
                alliance.updatedAt()));
    }

    /** Data of {@value #CHANGED_V1}; see its JSON Schema in event-contracts. */
    public record Snapshot(UUID allianceId, long version, String name, LocalDate programmeStart, LocalDate programmeEnd,
            List<UUID> clusters, OffsetDateTime changedAt) {
    }
}
