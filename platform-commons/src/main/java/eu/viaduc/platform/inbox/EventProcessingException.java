package eu.viaduc.platform.inbox;

import eu.viaduc.platform.events.CloudEvent;

/** An event kept failing after every attempt; its message is the dead-letter reason. */
public class EventProcessingException extends RuntimeException {

    public EventProcessingException(CloudEvent event, int attempts, Throwable cause) {
        super("event " + event.id() + " (" + event.type() + ") failed " + attempts + " times: " + cause, cause);
    }
}
