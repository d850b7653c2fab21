package eu.viaduc.platform.deadletter;

import java.util.Map;

import eu.viaduc.platform.inbox.EventHandler;

/**
 * A topic a service consumes through its inbox, with the handlers of its event types: what the
 * dead-letter replay needs to apply a record again. Each consumer of a service declares one bean.
 */
public interface ConsumedTopic {

    String topic();

    Map<String, EventHandler> handlers();
}
