package eu.viaduc.matchmaking.opportunity.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.matchmaking.opportunity.model.OpportunityType;

@Schema(name = "OpportunityRequest", examples = """
        {"organisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10", "type": "URGENT_NEED", "originalLanguage": "fr",
         "texts": {"fr": {"title": "Masques FFP2 pour les hôpitaux du Nord", "description": "Nous cherchons des ateliers capables de coudre des masques."},
                   "en": {"title": "FFP2 masks for hospitals in northern France"}},
         "requiredCompetences": ["ppe-production"], "keywords": ["masks", "ffp2"], "naceCodes": ["C14"],
         "countriesSought": ["FR", "BE"], "quantity": 200000, "quantityUnit": "masks", "deadline": "2027-01-31"}""")
public record OpportunityRequest(
        @Schema(description = "The organisation posting it; the caller must be its EDITOR or ADMIN")
        @NotNull UUID organisationId,
        @NotNull OpportunityType type,
        @Schema(description = "ISO 639-1 code of the language it was written in; texts must hold it")
        @NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as fr") String originalLanguage,
        @Schema(description = "Title and description by ISO 639-1 language (the EU's 24 languages)")
        @NotNull @Size(min = 1, max = 24) Map<String, @Valid Text> texts,
        @Schema(description = "Competence ids of the vocabulary (GET /api/v1/taxonomies/competences)")
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> requiredCompetences,
        @Schema(description = "Free words, matched as they are written")
        @NotNull @Size(max = 30) List<@NotBlank @Size(max = 60) String> keywords,
        @Schema(description = "NACE Rev. 2.1 codes, with or without their section letter (C13.92 or 13.92)")
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 10) String> naceCodes,
        @Schema(description = "ISO 3166-1 alpha-2 countries where partners are sought; empty: anywhere")
        @NotNull @Size(max = 50) List<@NotBlank String> countriesSought,
        @Schema(description = "How much is asked for; required for an URGENT_NEED")
        @Min(1) @Max(1_000_000_000) Integer quantity,
        @Size(max = 50) String quantityUnit,
        @Schema(description = "Required for a PARTNER_SEARCH (the call's deadline) and an URGENT_NEED; not in the past")
        LocalDate deadline) {

    /** The opportunity in one language. */
    @Schema(name = "OpportunityTextInput", examples = """
            {"title": "Partners for a Horizon Europe call on textile recycling",
             "description": "We are building a consortium for fibre-to-fibre recycling and look for spinners and weavers."}""")
    public record Text(@NotBlank @Size(max = 300) String title, @Size(max = 10_000) String description) {
    }
}
