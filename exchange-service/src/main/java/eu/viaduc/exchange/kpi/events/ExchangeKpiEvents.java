package eu.viaduc.exchange.kpi.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import eu.viaduc.exchange.kpi.service.KpiFacts;
import eu.viaduc.platform.deadletter.ConsumedTopic;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.InvalidEventException;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.Inbox;

/**
 * The KPI read model follows this service's own exchange events, as any other consumer would: it can
 * be rebuilt from the topic, and reading KPIs never touches the exchanges being moved.
 */
@ApplicationScoped
public class ExchangeKpiEvents implements ConsumedTopic {

    public static final String TOPIC = "viaduc.exchange.exchanges";
    public static final String STATE_CHANGED_V1 = "eu.viaduc.exchange.exchange.state-changed.v1";

    private final Inbox inbox;
    private final KpiFacts facts;
    private final ObjectMapper mapper;
    private final Map<String, EventHandler> handlers;

    @Inject
    public ExchangeKpiEvents(Inbox inbox, KpiFacts facts, ObjectMapper mapper) {
        this.inbox = inbox;
        this.facts = facts;
        this.mapper = mapper;
        this.handlers = Map.of(STATE_CHANGED_V1, this::stateChanged);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<String, EventHandler> handlers() {
        return handlers;
    }

    @Incoming("exchange-kpi")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, handlers);
    }

    private void stateChanged(CloudEvent event) {
        StateChanged data;
        try {
            data = mapper.readValue(event.data(), StateChanged.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(event.type() + " data cannot be read: " + e.getOriginalMessage());
        }
        facts.put(new KpiFacts.Fact(data.exchangeId(), data.version(), data.programmeId(), data.category(), data.state(),
                data.visitorCountry(), data.hostCountry(), data.valueChain(), data.workingDays(), data.lumpSum(),
                data.enteredAt()));
    }

    /** What the KPIs read of exchange.state-changed.v1. */
    record StateChanged(UUID exchangeId, long version, UUID programmeId, String category, String state,
            String visitorCountry, String hostCountry, String valueChain, int workingDays, BigDecimal lumpSum,
            Map<String, OffsetDateTime> enteredAt) {
    }
}
