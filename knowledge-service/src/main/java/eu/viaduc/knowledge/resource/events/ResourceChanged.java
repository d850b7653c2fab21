package eu.viaduc.knowledge.resource.events;

import java.util.UUID;

/**
 * Fired (synchronously, inside the changing transaction) after every move of a resource's workflow,
 * so that what is derived from its published version (the search index) follows in the same transaction.
 */
public record ResourceChanged(UUID resourceId) {
}
