package eu.viaduc.members.organisation.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.organisation.model.GeoPoint;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.organisation.model.OrganisationProfile;
import eu.viaduc.members.organisation.model.OrganisationType;
import eu.viaduc.members.organisation.model.SizeBand;

/** An organisation's public profile: no personal data (contacts are read apart, with consent). */
@Schema(name = "Organisation", examples = """
        {"id": "5b0f3f5e-2c44-4f3a-9d8e-0c1c7d2a9b11", "name": "Texfor Tècnica SL", "type": "SME",
         "sizeBand": "SMALL_10_49", "country": "ES", "nutsRegion": "ES511", "city": "Terrassa",
         "location": {"latitude": 41.5633, "longitude": 2.0089}, "registrationId": "ESB12345678",
         "website": "https://texfor.example", "naceCodes": ["C13.96"],
         "competences": ["technical-textiles", "digital-printing"], "keywords": ["flame-retardant fabrics"],
         "descriptions": {"en": "Technical fabrics for workwear."}, "offers": {"en": "Short runs of printed fabric."},
         "needs": {"en": "A partner for textile recycling."},
         "registeredAt": "2026-11-22T09:30:00Z", "updatedAt": "2026-11-22T09:30:00Z"}""")
public record OrganisationView(UUID id, String name, OrganisationType type, @Schema(nullable = true) SizeBand sizeBand,
        String country, @Schema(nullable = true) String nutsRegion, @Schema(nullable = true) String city,
        @Schema(nullable = true) GeoPoint location, @Schema(nullable = true) String registrationId,
        @Schema(nullable = true) String website,
        List<String> naceCodes, List<String> competences, List<String> keywords, Map<String, String> descriptions,
        Map<String, String> offers, Map<String, String> needs, OffsetDateTime registeredAt, OffsetDateTime updatedAt) {

    public static OrganisationView of(Organisation organisation) {
        OrganisationProfile profile = organisation.profile();
        return new OrganisationView(organisation.id(), profile.name(), profile.type(), profile.sizeBand(),
                profile.country(), profile.nutsRegion(), profile.city(), profile.location(), profile.registrationId(),
                profile.website(), profile.naceCodes(), profile.competences(), profile.keywords(),
                profile.descriptions(), profile.offers(), profile.needs(), organisation.registeredAt(),
                organisation.updatedAt());
    }
}
