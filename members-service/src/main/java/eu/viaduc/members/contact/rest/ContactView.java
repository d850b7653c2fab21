package eu.viaduc.members.contact.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.contact.model.Contact;
import eu.viaduc.members.contact.model.ContactDetails;

/** A contact as its reader may see it. */
@Schema(name = "Contact", examples = """
        {"id": "9d1c1b52-51a3-4a47-8d7e-6f0f7c0e4b21", "organisationId": "5b0f3f5e-2c44-4f3a-9d8e-0c1c7d2a9b11",
         "fullName": "Marta Puig", "jobTitle": "Innovation manager", "email": "marta.puig@texfor.example",
         "phone": "+34 937 00 00 00", "publicConsent": false, "membersConsent": true,
         "consentGivenAt": "2026-11-22T09:30:00Z"}""")
public record ContactView(UUID id, UUID organisationId, String fullName, @Schema(nullable = true) String jobTitle,
        @Schema(nullable = true) String email, @Schema(nullable = true) String phone,
        boolean publicConsent, boolean membersConsent, @Schema(nullable = true) OffsetDateTime consentGivenAt) {

    static ContactView of(Contact contact) {
        ContactDetails details = contact.details();
        return new ContactView(contact.id(), contact.organisationId(), details.fullName(), details.jobTitle(),
                details.email(), details.phone(), details.publicConsent(), details.membersConsent(),
                contact.consentGivenAt());
    }
}
