package eu.viaduc.knowledge.resource.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.knowledge.resource.model.ResourceVersion;
import eu.viaduc.knowledge.resource.model.VersionState;
import eu.viaduc.knowledge.resource.model.Visibility;

@Schema(name = "ResourceVersion")
public record VersionView(int number, VersionState state, Visibility visibility, String authorName,
        OffsetDateTime createdAt, @Schema(nullable = true) OffsetDateTime submittedAt,
        @Schema(nullable = true) OffsetDateTime publishedAt, @Schema(nullable = true) String reviewComment,
        @Schema(nullable = true) OffsetDateTime reviewedAt) {

    static VersionView of(ResourceVersion version) {
        return new VersionView(version.number(), version.state(), version.visibility(), version.authorName(),
                version.createdAt(), version.submittedAt(), version.publishedAt(), version.reviewComment(),
                version.reviewedAt());
    }
}
