package eu.viaduc.members.alliance.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.alliance.model.Alliance;

@Schema(name = "Alliance")
public record AllianceView(UUID id, String name, LocalDate programmeStart, LocalDate programmeEnd, List<UUID> clusters,
        OffsetDateTime updatedAt) {

    static AllianceView of(Alliance alliance) {
        return new AllianceView(alliance.id(), alliance.name(), alliance.programmeStart(), alliance.programmeEnd(),
                alliance.clusters(), alliance.updatedAt());
    }
}
