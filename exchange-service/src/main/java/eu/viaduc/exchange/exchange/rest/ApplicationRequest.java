package eu.viaduc.exchange.exchange.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExchangeApplication", description = "A visitor organisation applies for a stay at a hosting offer",
        examples = """
        {"offerId": "0f1e0000-0000-4000-8000-000000000001", "visitorOrganisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10",
         "startsOn": "2026-05-04", "endsOn": "2026-05-08",
         "objectives": "Learn how the host recovers yarn from post-consumer knitwear",
         "person": {"name": "Marta Puig", "email": "marta.puig@example.com"}}""")
public record ApplicationRequest(
        @NotNull UUID offerId,
        @NotNull UUID visitorOrganisationId,
        @Schema(description = "First day of the stay itself (travel days are not part of it)") @NotNull LocalDate startsOn,
        @Schema(description = "Last day of the stay itself") @NotNull LocalDate endsOn,
        @NotBlank @Size(max = 5000) String objectives,
        @NotNull @Valid Person person) {

    @Schema(name = "VisitingPerson", description = "Personal data: shown only to the parties and the managers, erased on request",
            examples = """
            {"name": "Marta Puig", "email": "marta.puig@example.com", "contactId": "c4a1b2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""")
    public record Person(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email,
            @Schema(description = "The person's contact record in members-service, if any: erasing it erases this")
            UUID contactId) {
    }
}
