package eu.viaduc.matchmaking.interest.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.matchmaking.interest.model.Interest;

@Schema(name = "Interest", description = "An expression of interest, as its two organisations see it", examples = """
        {"id": "8a0f3c2e-1b4d-4e6f-8a9b-0c1d2e3f4a5b", "opportunityId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10",
         "posterOrganisationId": "3f2e1d0c-9b8a-4765-8432-10fedcba9876", "organisationId": "5d1c7e0a-2b8f-4a6e-9c3d-7f0e1a2b3c4d",
         "message": "We sew 20,000 FFP2 masks a week.", "status": "INTRODUCED", "sentAt": "2026-12-01T09:00:00Z",
         "expiresAt": "2026-12-31T09:00:00Z", "answeredAt": "2026-12-02T10:00:00Z", "declineReason": null,
         "introducedAt": "2026-12-02T10:00:00Z", "version": 2}""")
public record InterestView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID opportunityId,
        @Schema(required = true, description = "The opportunity's organisation, who answers") UUID posterOrganisationId,
        @Schema(required = true, description = "The organisation interested, who sent it") UUID organisationId,
        @Schema(nullable = true) String message,
        @Schema(required = true, enumeration = {"SENT", "ACCEPTED", "DECLINED", "INTRODUCED", "EXPIRED"}) String status,
        @Schema(required = true) OffsetDateTime sentAt,
        @Schema(required = true, description = "When a pending expression expires if nobody answers") OffsetDateTime expiresAt,
        @Schema(nullable = true) OffsetDateTime answeredAt,
        @Schema(nullable = true) String declineReason,
        @Schema(nullable = true, description = "When the two organisations were introduced: each then sees the other's contacts "
                + "who consented to be shown to members (members-service)") OffsetDateTime introducedAt,
        @Schema(required = true) long version) {

    static InterestView of(Interest i) {
        return new InterestView(i.id(), i.opportunityId(), i.posterOrganisationId(), i.organisationId(), i.message(),
                i.status().name(), i.sentAt(), i.expiresAt(), i.answeredAt(), i.declineReason(), i.introducedAt(),
                i.version());
    }
}
