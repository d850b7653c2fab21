package eu.viaduc.members.alliance.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.alliance.model.Alliance;

@Schema(name = "Alliance", examples = """
        {"id": "7e3a9c51-0d2b-4f6e-8a1c-5b4d3e2f1a09",
         "name": "CLOTH - Cluster Alliance for the Transition to green and digital fasHion",
         "programmeStart": "2022-03-01", "programmeEnd": "2024-02-29",
         "clusters": ["c1a50000-0000-4000-8000-000000000001", "b6d2e8f4-1a3c-4e5b-9d7f-2c4e6a8b0d13"],
         "updatedAt": "2026-12-01T09:00:00Z"}""")
public record AllianceView(UUID id, String name, LocalDate programmeStart, LocalDate programmeEnd, List<UUID> clusters,
        OffsetDateTime updatedAt) {

    static AllianceView of(Alliance alliance) {
        return new AllianceView(alliance.id(), alliance.name(), alliance.programmeStart(), alliance.programmeEnd(),
                alliance.clusters(), alliance.updatedAt());
    }
}
