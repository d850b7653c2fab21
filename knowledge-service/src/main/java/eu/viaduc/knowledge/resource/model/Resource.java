package eu.viaduc.knowledge.resource.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A resource: its author organisation, its status, which version is published and which is the latest.
 *
 * @param publishedVersion null until a version is published
 */
public record Resource(UUID id, UUID authorOrganisationId, ResourceStatus status, Integer publishedVersion,
        int latestVersion, OffsetDateTime createdAt, OffsetDateTime changedAt, long version) {
}
