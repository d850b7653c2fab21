package eu.viaduc.platform.inbox;

import java.util.List;

import eu.viaduc.platform.events.CloudEvent;

/** An {@link EventHandler} that applies a run of consecutive events at once (see {@link EventHandler#inBulk}). */
public final class BulkEventHandler implements EventHandler {

    private final Run run;

    BulkEventHandler(Run run) {
        this.run = run;
    }

    /** One event alone: the per-event path (a batch applied one by one, a dead letter replayed). */
    @Override
    public void apply(CloudEvent event) {
        run.applyAll(List.of(event));
    }

    /** These events, in the order of their partition. */
    public void applyAll(List<CloudEvent> events) {
        run.applyAll(events);
    }

    /** Applies a run of events in their order; the same aggregate may occur in it more than once. */
    @FunctionalInterface
    public interface Run {

        void applyAll(List<CloudEvent> events);
    }
}
