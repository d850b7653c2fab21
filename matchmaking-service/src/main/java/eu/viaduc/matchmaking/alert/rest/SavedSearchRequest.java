package eu.viaduc.matchmaking.alert.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.matchmaking.alert.service.SaveSearch;
import eu.viaduc.matchmaking.opportunity.model.OpportunityType;

@Schema(name = "SavedSearchRequest", description = "Every list may be left out or empty (any); following types and sectors is a search with only those",
        examples = """
                {"name": "Masks and gowns in Benelux", "q": "masks", "types": ["URGENT_NEED", "BUYER_REQUEST"],
                 "competences": ["ppe-production"], "naceCodes": ["C14"], "countries": ["BE", "NL", "LU"]}""")
public record SavedSearchRequest(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Words, matched in every language the opportunity is written in") @Size(max = 200) String q,
        @Size(max = 7) List<OpportunityType> types,
        @Schema(description = "Competence ids of the vocabulary; an opportunity asking any of them matches")
        @Size(max = 20) List<@NotBlank String> competences,
        @Schema(description = "NACE Rev. 2.1 codes or prefixes (C, 14, C14.1)") @Size(max = 20) List<@NotBlank String> naceCodes,
        @Schema(description = "ISO 3166-1 alpha-2: opportunities seeking partners there, or anywhere") @Size(max = 50) List<@NotBlank String> countries) {

    SaveSearch.Criteria criteria() {
        return new SaveSearch.Criteria(name, q, orEmpty(types), orEmpty(competences), orEmpty(naceCodes), orEmpty(countries));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
