package eu.viaduc.members.contact.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person of an organisation and their consent: sent to add or replace a contact, and read back. */
@Schema(name = "ContactDetails", examples = """
        {"fullName": "Marta Puig", "jobTitle": "Innovation manager", "email": "marta.puig@texfor.example",
         "phone": "+34 937 00 00 00", "publicConsent": false, "membersConsent": true}""")
public record ContactDetails(
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String jobTitle,
        @Email(message = "must be an e-mail address") @Size(max = 320) String email,
        @Pattern(regexp = "\\+?[0-9 ()./-]{5,30}", message = "must be a phone number such as +32 2 123 45 67") String phone,
        @Schema(description = "The person agrees to be shown to anyone, partner apps included")
        @NotNull Boolean publicConsent,
        @Schema(description = "The person agrees to be shown to the organisation's fellow members: people of organisations "
                + "that are active members of one of its clusters, and of organisations matchmaking introduced to it "
                + "(an expression of interest accepted). The managers of its clusters see every contact.")
        @NotNull Boolean membersConsent) {
}
