package eu.viaduc.knowledge.resource.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One version of a resource: what was written, by whom, and how its review went. */
public record ResourceVersion(UUID resourceId, int number, VersionState state, ResourceType type, Visibility visibility,
        String valueChain, List<String> tags, List<String> naceCodes, String originalLanguage, String authorSubject,
        String authorName, OffsetDateTime createdAt, OffsetDateTime submittedAt, String reviewedBy,
        String reviewComment, OffsetDateTime reviewedAt, OffsetDateTime publishedAt) {
}
