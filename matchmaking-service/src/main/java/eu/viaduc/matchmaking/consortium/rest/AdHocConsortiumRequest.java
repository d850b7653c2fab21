package eu.viaduc.matchmaking.consortium.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdHocConsortiumRequest", examples = """
        {"requiredCompetences": ["technical-textiles", "recycling", "pattern-making"], "countriesSought": [],
         "rules": {"minCountries": 2, "minClusters": 2, "maxSize": 4}}""")
public record AdHocConsortiumRequest(
        @Schema(description = "Competence ids of the vocabulary that the team must cover together")
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 100) String> requiredCompetences,
        @Schema(description = "ISO 3166-1 alpha-2 countries members must come from; empty or left out: anywhere")
        @Size(max = 50) List<@NotBlank String> countriesSought,
        @Valid ConsortiumRules rules) {

    List<String> countries() {
        return countriesSought == null ? List.of() : countriesSought;
    }

    ConsortiumRules rulesOrDefaults() {
        return rules == null ? ConsortiumRules.DEFAULTS : rules;
    }
}
