package eu.viaduc.platform.members;

import java.util.UUID;

/** A membership as the read model keeps it: which organisation, in which cluster, in which state. */
public record MemberMembership(UUID id, UUID organisationId, UUID clusterId, String status) {
}
