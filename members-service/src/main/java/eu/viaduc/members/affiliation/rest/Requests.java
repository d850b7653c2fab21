package eu.viaduc.members.affiliation.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.platform.security.OrganisationRole;

/** The bodies the affiliation endpoints take. */
public final class Requests {

    private Requests() {
    }

    @Schema(name = "InvitePerson", examples = """
            {"email": "colleague@example.com", "role": "EDITOR"}""")
    public record InvitePerson(
            @Schema(required = true) @NotBlank @Email(message = "must be an e-mail address") @Size(max = 254) String email,
            @Schema(description = "Defaults to EDITOR") OrganisationRole role) {
    }

    @Schema(name = "InviteManager", examples = """
            {"email": "manager@example.com"}""")
    public record InviteManager(
            @Schema(required = true) @NotBlank @Email(message = "must be an e-mail address") @Size(max = 254) String email) {
    }

    @Schema(name = "RedeemInvitation", examples = """
            {"code": "kq3V0mJk7yGcE2mI5d1oXw4r9tZbHn8s"}""")
    public record RedeemInvitation(@Schema(required = true) @NotBlank @Size(max = 100) String code) {
    }

    @Schema(name = "AskToJoin", examples = """
            {"role": "EDITOR", "message": "I run our export desk."}""")
    public record AskToJoin(
            @Schema(description = "Defaults to EDITOR") OrganisationRole role,
            @Size(max = 1000) String message) {
    }

    @Schema(name = "ChangeRole", examples = """
            {"role": "ADMIN"}""")
    public record ChangeRole(@Schema(required = true) @NotNull OrganisationRole role) {
    }
}
