package eu.viaduc.knowledge.resource.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.knowledge.resource.model.ResourceStatus;
import eu.viaduc.knowledge.resource.model.ResourceType;
import eu.viaduc.knowledge.resource.model.VersionState;
import eu.viaduc.knowledge.resource.model.Visibility;

@Schema(name = "Resource", description = "One version of a resource in one language: the language served is the "
        + "first of the reader's Accept-Language (or the language parameter) that it exists in, then its original "
        + "language, then English, then en, fr, nl, es, bg, ro, da", examples = """
        {"id": "3c9d7e21-5a4b-4f8e-9b1c-2d6e8f0a1b3c", "authorOrganisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10",
         "authorName": "Claire Dubois", "status": "PUBLISHED", "type": "BEST_PRACTICE", "visibility": "ALLIANCE",
         "valueChain": "textile", "tags": ["circular-fashion", "recycled-yarn"], "naceCodes": ["C13"], "versionNumber": 2,
         "versionState": "PUBLISHED", "publishedVersion": 2, "latestVersion": 3, "language": "en",
         "availableLanguages": ["en", "fr"], "originalLanguage": "fr", "title": "Recycling fabric offcuts",
         "summary": "How a workshop recycles its offcuts.",
         "body": {"markdown": "## Sorting\\nWe sort offcuts by fibre.",
                  "html": "<h2>Sorting</h2>\\n<p>We sort offcuts by fibre.</p>\\n"},
         "publishedAt": "2026-12-01T09:00:00Z",
         "review": {"comment": "Approved: thank you for the English translation.", "reviewedAt": "2026-12-01T08:45:00Z"}}""")
public record ResourceView(UUID id, UUID authorOrganisationId,
        @Schema(description = "\"former member\" once the author was erased") String authorName,
        ResourceStatus status, ResourceType type, Visibility visibility,
        @Schema(nullable = true) String valueChain, List<String> tags, List<String> naceCodes,
        @Schema(description = "The version served") int versionNumber, VersionState versionState,
        @Schema(nullable = true, description = "The published version, if any") Integer publishedVersion,
        @Schema(description = "The newest version (a draft in the making, for its authors and reviewers)") int latestVersion,
        @Schema(description = "The language served") String language,
        @Schema(description = "Every language this version exists in") List<String> availableLanguages,
        String originalLanguage, String title, String summary, Body body,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true, description = "The reviewer's comments: for the authors and reviewers only") Review review) {

    @Schema(name = "ResourceBody", examples = """
            {"markdown": "## Sorting\\nWe sort offcuts by fibre.",
             "html": "<h2>Sorting</h2>\\n<p>We sort offcuts by fibre.</p>\\n"}""")
    public record Body(@Schema(description = "As written (CommonMark)") String markdown,
            @Schema(description = "Rendered and sanitised: safe to insert into a page") String html) {
    }

    @Schema(name = "ResourceReview", examples = """
            {"comment": "Please give the fibre composition of the recycled yarn.", "reviewedAt": "2026-12-03T14:00:00Z"}""")
    public record Review(String comment, OffsetDateTime reviewedAt) {
    }
}
