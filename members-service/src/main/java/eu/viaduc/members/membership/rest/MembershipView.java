package eu.viaduc.members.membership.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.membership.model.Membership;
import eu.viaduc.members.membership.model.MembershipSide;
import eu.viaduc.members.membership.model.MembershipStatus;

@Schema(name = "Membership", examples = """
        {"id": "3d1f0c2a-7b4e-4f5a-9c8d-1e2f3a4b5c6d", "organisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10",
         "clusterId": "c1a50000-0000-4000-8000-000000000001", "status": "PENDING", "proposedBy": "ORGANISATION",
         "requestedAt": "2026-11-22T09:30:00Z", "changedAt": "2026-11-22T09:30:00Z"}""")
public record MembershipView(UUID id, UUID organisationId, UUID clusterId, MembershipStatus status,
        @Schema(description = "The side that proposed it; the other side approves or refuses") MembershipSide proposedBy,
        OffsetDateTime requestedAt, OffsetDateTime changedAt) {

    static MembershipView of(Membership membership) {
        return new MembershipView(membership.id(), membership.organisationId(), membership.clusterId(),
                membership.status(), membership.proposedBy(), membership.requestedAt(), membership.changedAt());
    }
}
