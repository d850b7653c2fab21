package eu.viaduc.members.affiliation.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import eu.viaduc.platform.security.AffiliationScope;

/** One person acting for one organisation (role ADMIN or EDITOR), or managing a cluster or alliance (MANAGER). */
public record Affiliation(AffiliationScope scope, UUID targetId, String subject, String role, String displayName,
        String email, OffsetDateTime affiliatedAt) {

    /** The role of every cluster or alliance manager. */
    public static final String MANAGER = "MANAGER";
}
