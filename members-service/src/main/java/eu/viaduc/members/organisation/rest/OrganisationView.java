package eu.viaduc.members.organisation.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.organisation.model.OrganisationType;

/** An organisation's public profile. */
@Schema(name = "Organisation", examples = """
        {"id": "5b0f3f5e-2c44-4f3a-9d8e-0c1c7d2a9b11", "name": "Texfor Tècnica SL", "type": "SME", "country": "ES",
         "competences": ["technical-textiles", "digital-printing"], "registeredAt": "2026-11-22T09:30:00Z"}""")
public record OrganisationView(UUID id, String name, OrganisationType type, String country, List<String> competences,
        OffsetDateTime registeredAt) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id(), organisation.name(), organisation.type(), organisation.country(),
                organisation.competences(), organisation.registeredAt());
    }
}
