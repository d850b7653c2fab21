package eu.viaduc.knowledge.resource.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.knowledge.resource.model.ResourceVersion;
import eu.viaduc.knowledge.resource.model.VersionState;
import eu.viaduc.knowledge.resource.model.Visibility;

@Schema(name = "ResourceVersion", examples = """
        {"number": 3, "state": "DRAFT", "visibility": "ALLIANCE", "authorName": "Claire Dubois",
         "createdAt": "2026-12-02T08:00:00Z", "submittedAt": "2026-12-02T16:30:00Z", "publishedAt": null,
         "reviewComment": "Please give the fibre composition of the recycled yarn.", "reviewedAt": "2026-12-03T14:00:00Z"}""")
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
