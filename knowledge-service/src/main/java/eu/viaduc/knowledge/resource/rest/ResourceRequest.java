package eu.viaduc.knowledge.resource.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.knowledge.resource.model.ResourceType;
import eu.viaduc.knowledge.resource.model.Visibility;

@Schema(name = "ResourceRequest", description = "A resource as its author writes it", examples = """
        {"authorOrganisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10", "type": "BEST_PRACTICE", "visibility": "ALLIANCE",
         "valueChain": "textile", "tags": ["circular-fashion", "recycled-yarn"], "naceCodes": ["C13"], "originalLanguage": "fr",
         "texts": {"fr": {"title": "Recycler les chutes de tissu", "summary": "Comment un atelier recycle ses chutes.",
                          "body": "## Le tri\\nNous trions les chutes par fibre."},
                   "en": {"title": "Recycling fabric offcuts", "summary": "How a workshop recycles its offcuts.",
                          "body": "## Sorting\\nWe sort offcuts by fibre."}}}""")
public record ResourceRequest(
        @Schema(description = "The organisation the author acts for (EDITOR or ADMIN); fixed once created")
        @NotNull UUID authorOrganisationId,
        @NotNull ResourceType type,
        @NotNull Visibility visibility,
        @Size(max = 100) String valueChain,
        @Size(max = 20) List<@NotBlank @Size(max = 50) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$",
                message = "must be a lower-case tag such as circular-fashion") String> tags,
        @Schema(description = "NACE Rev. 2.1 codes: a section (C), division (13 or C13), group or class")
        @Size(max = 20) List<@NotNull @Pattern(regexp = "^([A-V]|[A-V]?[0-9]{2}(\\.[0-9]{1,2})?)$",
                message = "must be a NACE code such as C, 13 or C13.92") String> naceCodes,
        @Schema(description = "The language the resource was written in: en, fr, nl, es, bg, ro or da")
        @NotNull String originalLanguage,
        @Schema(description = "Title, summary and Markdown body by language (en, fr, nl, es, bg, ro, da)")
        @NotNull @Size(min = 1, max = 7) Map<String, @NotNull @Valid Text> texts) {

    @Schema(name = "ResourceTextRequest", examples = """
            {"title": "Recycling fabric offcuts", "summary": "How a workshop recycles its offcuts.",
             "body": "## Sorting\\nWe sort offcuts by fibre."}""")
    public record Text(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 2000) String summary,
            @Schema(description = "Markdown (CommonMark); served as written and as sanitised HTML")
            @NotBlank @Size(max = 100000) String body) {
    }
}
