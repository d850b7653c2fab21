package eu.viaduc.members.affiliation.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.affiliation.model.Affiliation;

/** A person who acts for an organisation, or manages a cluster or alliance, as those who manage it see them. */
@Schema(name = "AffiliatedPerson", examples = """
        {"subject": "5f0c3a9e-2b7d-4c1e-8f6a-9d2e4b7c1a30", "name": "Marta Puig", "email": "marta@example.com",
         "role": "ADMIN", "since": "2026-11-23T10:00:00Z"}""")
public record AffiliationView(
        @Schema(required = true, description = "The person's id (token subject)") String subject,
        @Schema(required = true) String name,
        @Schema(nullable = true) String email,
        @Schema(required = true, enumeration = { "ADMIN", "EDITOR", "MANAGER" }) String role,
        @Schema(required = true) OffsetDateTime since) {

    static AffiliationView of(Affiliation affiliation) {
        return new AffiliationView(affiliation.subject(), affiliation.displayName(), affiliation.email(),
                affiliation.role(), affiliation.affiliatedAt());
    }
}
