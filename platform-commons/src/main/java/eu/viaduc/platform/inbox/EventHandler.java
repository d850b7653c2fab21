package eu.viaduc.platform.inbox;


import eu.viaduc.platform.events.CloudEvent;

/**
 * Applies an event to a read model; runs inside the inbox's transaction. A handler made
 * {@link #inBulk} is handed each run of consecutive events of a poll that share it instead, so that an
 * import's thousands of events become a few statements.
 */
@FunctionalInterface
public interface EventHandler {

    void apply(CloudEvent event);

    /**
     * A handler that writes a run of events at once. The inbox groups consecutive events by handler
     * instance, so a handler meant for several event types must be one instance mapped to each of them.
     */
    static BulkEventHandler inBulk(BulkEventHandler.Run run) {
        return new BulkEventHandler(run);
    }
}
