package eu.viaduc.members.search.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.organisation.model.OrganisationProfile;
import eu.viaduc.members.organisation.model.OrganisationType;

/**
 * An organisation as a list shows it on a phone: a few fields and one short description in the
 * reader's language, about a tenth of the whole profile's size.
 */
@Schema(name = "OrganisationCard", examples = """
        {"id": "5b0f3f5e-2c44-4f3a-9d8e-0c1c7d2a9b11", "name": "Texfor Tècnica SL", "type": "SME", "country": "ES",
         "city": "Terrassa", "competences": ["weaving", "technical-textiles"],
         "description": "Technical fabrics for workwear and healthcare, woven in Terrassa since 1962.",
         "language": "en", "updatedAt": "2026-12-01T09:00:00Z"}""")
public record OrganisationCard(UUID id, String name, OrganisationType type, String country,
        @Schema(nullable = true) String city, List<String> competences,
        @Schema(nullable = true, description = "In the reader's language (Accept-Language) where written, else English, "
                + "else another; cut to 200 characters; null when the organisation wrote none") String description,
        @Schema(nullable = true, description = "The language of the description") String language,
        OffsetDateTime updatedAt) {

    static final int DESCRIPTION_LENGTH = 200;

    static OrganisationCard of(Organisation organisation, List<Locale> acceptable) {
        OrganisationProfile profile = organisation.profile();
        Map<String, String> descriptions = profile.descriptions();
        String language = acceptable.stream().map(Locale::getLanguage).filter(descriptions::containsKey).findFirst()
                .orElse(descriptions.containsKey("en") ? "en" : descriptions.keySet().stream().sorted().findFirst().orElse(null));
        String description = language == null ? null : shortened(descriptions.get(language));
        return new OrganisationCard(organisation.id(), profile.name(), profile.type(), profile.country(), profile.city(),
                profile.competences(), description, language, organisation.updatedAt());
    }

    private static String shortened(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }
}
