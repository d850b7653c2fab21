package eu.viaduc.matchmaking.alert.events;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import eu.viaduc.matchmaking.alert.service.RaiseAlerts;
import eu.viaduc.matchmaking.opportunity.events.OpportunityEvents;
import eu.viaduc.platform.deadletter.ConsumedTopic;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.Inbox;

/**
 * Raises alerts from this service's own opportunity events, after the publication has committed and
 * apart from it: a publication never waits for the alerts, and the inbox applies each event once, so a
 * redelivered publication alerts nobody twice.
 */
@ApplicationScoped
public class OpportunityAlertTrigger implements ConsumedTopic {

    private final Inbox inbox;
    private final RaiseAlerts alerts;
    private final Map<String, EventHandler> handlers;

    @Inject
    public OpportunityAlertTrigger(Inbox inbox, RaiseAlerts alerts) {
        this.inbox = inbox;
        this.alerts = alerts;
        this.handlers = Map.of(OpportunityEvents.PUBLISHED_V1, this::raise, OpportunityEvents.RENEWED_V1, this::raise);
    }

    @Override
    public String topic() {
        return OpportunityEvents.TOPIC;
    }

    @Override
    public Map<String, EventHandler> handlers() {
        return handlers;
    }

    @Incoming("opportunity-alerts")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, handlers);
    }

    private void raise(CloudEvent event) {
        alerts.raise(UUID.fromString(event.subject()), event.id());
    }
}
