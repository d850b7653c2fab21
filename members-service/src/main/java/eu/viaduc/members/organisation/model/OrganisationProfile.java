package eu.viaduc.members.organisation.model;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.taxonomy.NaceCodes;

/**
 * What an organisation says about itself: sent to register or replace it, and read back. Lists and
 * texts left out are empty. Codes are checked against the taxonomies (GET /api/v1/taxonomies/...).
 */
@Schema(name = "OrganisationProfile", examples = """
        {"name": "Texfor Tècnica SL", "type": "SME", "sizeBand": "SMALL_10_49", "country": "ES",
         "nutsRegion": "ES511", "city": "Terrassa", "location": {"latitude": 41.5633, "longitude": 2.0089},
         "registrationId": "ESB12345678", "website": "https://texfor.example",
         "naceCodes": ["C13.96"], "competences": ["technical-textiles", "digital-printing"],
         "keywords": ["flame-retardant fabrics"],
         "descriptions": {"en": "Technical fabrics for workwear.", "es": "Tejidos técnicos para ropa laboral."},
         "offers": {"en": "Short runs of printed flame-retardant fabric."},
         "needs": {"en": "A partner for textile recycling."}}""")
public record OrganisationProfile(
        @Schema(description = "Legal name") @NotBlank @Size(max = 300) String name,
        @NotNull OrganisationType type,
        @Schema(description = "Head-count band; must agree with type MICRO, SME or LARGE") SizeBand sizeBand,
        @Schema(description = "ISO 3166-1 alpha-2") @NotNull @Pattern(regexp = "[A-Z]{2}",
                message = "must be an ISO 3166-1 alpha-2 code, such as FR or BG") String country,
        @Schema(description = "NUTS 2021 code of any level, within the country") @Pattern(
                regexp = "[A-Z]{2}[0-9A-Z]{1,3}", message = "must be a NUTS code such as FR1 or ES511") String nutsRegion,
        @Size(max = 100) String city,
        @Valid GeoPoint location,
        @Schema(description = "VAT number with its country prefix (EL for Greece); outside the EU the national "
                + "company number. Spaces, dots and dashes are ignored.") @Size(max = 30) String registrationId,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Schema(description = "NACE Rev. 2.1 codes, e.g. 13.96 or C13.96; stored with the section letter")
        @Size(max = 20) List<@NotNull @Pattern(regexp = NaceCodes.SYNTAX,
                message = "must be a NACE code such as C, 13, 13.9 or C13.92") String> naceCodes,
        @Schema(description = "Ids from the competence vocabulary") @Size(max = 50)
        List<@NotBlank @Size(max = 100) String> competences,
        @Schema(description = "Free keywords, beyond the vocabulary") @Size(max = 30)
        List<@NotBlank @Size(max = 60) String> keywords,
        @Schema(description = "Descriptions by ISO 639-1 language code") @Size(max = 24)
        Map<@Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 language code") String,
                @NotBlank @Size(max = 5000) String> descriptions,
        @Schema(description = "What the organisation offers, by language") @Size(max = 24)
        Map<@Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 language code") String,
                @NotBlank @Size(max = 2000) String> offers,
        @Schema(description = "What the organisation needs, by language") @Size(max = 24)
        Map<@Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 language code") String,
                @NotBlank @Size(max = 2000) String> needs) {

    public OrganisationProfile {
        naceCodes = naceCodes == null ? List.of() : naceCodes;
        competences = competences == null ? List.of() : competences;
        keywords = keywords == null ? List.of() : keywords;
        descriptions = descriptions == null ? Map.of() : descriptions;
        offers = offers == null ? Map.of() : offers;
        needs = needs == null ? Map.of() : needs;
    }

    /** The shortest profile: a name, a type and a country. */
    public static OrganisationProfile of(String name, OrganisationType type, String country, List<String> competences) {
        return new OrganisationProfile(name, type, null, country, null, null, null, null, null, null, competences,
                null, null, null, null);
    }
}
