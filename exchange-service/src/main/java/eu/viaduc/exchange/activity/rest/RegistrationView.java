package eu.viaduc.exchange.activity.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.exchange.activity.model.Registration;

@Schema(name = "ActivityRegistration", description = "The person's name and e-mail are shown to themselves and the "
        + "programme's managers; null once erased", examples = """
        {"id": "5e9a0000-0000-4000-8000-000000000001", "activityId": "ac710000-0000-4000-8000-000000000001",
         "name": "Ioana Popescu", "email": "ioana.popescu@example.com", "status": "REGISTERED",
         "positionInWaitingList": null, "registeredAt": "2026-02-20T08:30:00Z", "attended": true}""")
public record RegistrationView(UUID id, UUID activityId, @Schema(nullable = true) String name,
        @Schema(nullable = true) String email, Registration.Status status,
        @Schema(nullable = true, description = "1 for the first of the waiting list") Integer positionInWaitingList,
        OffsetDateTime registeredAt,
        @Schema(nullable = true, description = "Recorded after the activity; null until then") Boolean attended) {

    public static RegistrationView of(Registration registration, Integer position) {
        return new RegistrationView(registration.id(), registration.activityId(), registration.personName(),
                registration.personEmail(), registration.status(), position, registration.registeredAt(),
                registration.attended());
    }
}
