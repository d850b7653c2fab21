package eu.viaduc.members.affiliation.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.affiliation.model.Invitation;
import eu.viaduc.platform.security.AffiliationScope;

/** An invitation. Its code appears once, in the answer to the inviter, who passes it on to the person. */
@Schema(name = "Invitation", examples = """
        {"id": "9b2f6c1e-3d4a-4b5c-8d7e-6f1a2b3c4d5e", "scope": "ORGANISATION",
         "targetId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10", "role": "EDITOR", "email": "colleague@example.com",
         "status": "PENDING", "createdAt": "2026-11-23T10:00:00Z", "expiresAt": "2026-12-07T10:00:00Z",
         "code": "kq3V0mJk7yGcE2mI5d1oXw4r9tZbHn8s"}""")
public record InvitationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) AffiliationScope scope,
        @Schema(required = true, description = "The organisation, cluster or alliance") UUID targetId,
        @Schema(required = true, enumeration = { "ADMIN", "EDITOR", "MANAGER" }) String role,
        @Schema(required = true) String email,
        @Schema(required = true, enumeration = { "PENDING", "ACCEPTED", "REVOKED" }) String status,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime expiresAt,
        @Schema(nullable = true, description = "The single-use code, only in the answer that created the invitation")
        String code) {

    static InvitationView of(Invitation invitation) {
        return new InvitationView(invitation.id(), invitation.scope(), invitation.targetId(), invitation.role(),
                invitation.email(), invitation.status().name(), invitation.createdAt(), invitation.expiresAt(),
                invitation.code());
    }
}
