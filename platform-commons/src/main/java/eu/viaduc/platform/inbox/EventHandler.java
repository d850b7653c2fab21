package eu.viaduc.platform.inbox;

import eu.viaduc.platform.events.CloudEvent;

/** Applies one event to a read model; runs inside the inbox's transaction. */
@FunctionalInterface
public interface EventHandler {

    void apply(CloudEvent event);
}
