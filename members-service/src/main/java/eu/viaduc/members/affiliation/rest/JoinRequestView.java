package eu.viaduc.members.affiliation.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.affiliation.model.JoinRequest;
import eu.viaduc.platform.security.OrganisationRole;

@Schema(name = "JoinRequest", examples = """
        {"id": "2c4e6a8b-1d3f-4a5b-9c7d-8e0f1a2b3c4d", "organisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10",
         "subject": "8a1d2c3b-4e5f-4a6b-9c7d-0e1f2a3b4c5d", "name": "Joris Peeters", "email": "joris@example.com",
         "role": "EDITOR", "message": "I run our export desk.", "status": "PENDING",
         "createdAt": "2026-11-23T10:00:00Z", "decidedAt": null}""")
public record JoinRequestView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID organisationId,
        @Schema(required = true, description = "The person who asked (token subject)") String subject,
        @Schema(required = true) String name,
        @Schema(nullable = true) String email,
        @Schema(required = true) OrganisationRole role,
        @Schema(nullable = true) String message,
        @Schema(required = true, enumeration = { "PENDING", "ACCEPTED", "REFUSED", "WITHDRAWN" }) String status,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime decidedAt) {

    static JoinRequestView of(JoinRequest request) {
        var person = request.person();
        return new JoinRequestView(request.id(), request.organisationId(), person.subject(), person.displayName(),
                person.email(), request.role(), request.message(), request.status().name(), request.createdAt(),
                request.decidedAt());
    }
}
