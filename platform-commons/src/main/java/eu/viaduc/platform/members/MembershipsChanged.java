package eu.viaduc.platform.members;

import java.util.Set;
import java.util.UUID;

/**
 * Fired (synchronously, inside the inbox's transaction) once the read model has applied a change to
 * which clusters these organisations are active members of, or to which alliances those clusters belong,
 * so that what a feature derived from them (who may see what) follows in the same transaction.
 *
 * @param organisationIds the organisations whose clusters or alliances may have changed
 */
public record MembershipsChanged(Set<UUID> organisationIds) {
}
