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
        + "language, then English, then en, fr, nl, es, bg, ro, da")
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

    @Schema(name = "ResourceBody")
    public record Body(@Schema(description = "As written (CommonMark)") String markdown,
            @Schema(description = "Rendered and sanitised: safe to insert into a page") String html) {
    }

    @Schema(name = "ResourceReview")
    public record Review(String comment, OffsetDateTime reviewedAt) {
    }
}
