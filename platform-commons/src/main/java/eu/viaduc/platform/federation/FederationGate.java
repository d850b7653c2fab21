package eu.viaduc.platform.federation;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import eu.viaduc.platform.events.InvalidEventException;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.EventProcessingException;
import eu.viaduc.platform.inbox.Inbox;

/**
 * How a service takes its share of {@value #INBOUND}: of the CloudEvents (Kafka binary
 * mode) whose type is its own, those whose {@code source} is a registered platform are checked against the
 * JSON Schema of their type and applied once (the inbox keys them by source and id); a record from an
 * unknown source, of an unknown type of its own, or refused by the schema or the rules goes to the source's
 * dead-letter topic with the reason, and the partition flows on. A transient failure (the database away) is
 * not caught here: it is waited out, never turned into a rejection. Types that are not its own are passed by
 * (another service takes them).
 */
@ApplicationScoped
public class FederationGate {

    /** The topic partner platforms publish on, each event a CloudEvent whose source is a registered platform. */
    public static final String INBOUND = "viaduc.federation.inbound";

    private static final Logger LOG = Logger.getLogger(FederationGate.class);

    private final Inbox inbox;
    private final FederationDeadLetters deadLetters;

    @Inject
    public FederationGate(Inbox inbox, FederationDeadLetters deadLetters) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
    }

    /** What a service takes: which types are its own, how it knows a platform, and its handlers for one. */
    public record Share<S>(Predicate<String> ownTypes, Function<String, Optional<S>> platformBySource,
            Function<S, String> platformId, Function<S, Map<String, EventHandler>> handlers) {
    }

    public <S> void admit(ConsumerRecord<String, String> record, Share<S> share) {
        String type = header(record, "ce_type").orElse("");
        if (!share.ownTypes().test(type)) {
            return;
        }
        String sourceUri = header(record, "ce_source").orElse(null);
        Optional<S> platform = sourceUri == null ? Optional.empty() : share.platformBySource().apply(sourceUri);
        if (platform.isEmpty()) {
            refuse(FederationDeadLetters.UNREGISTERED, record, "the source '" + sourceUri + "' is not a registered platform");
            return;
        }
        String platformId = share.platformId().apply(platform.get());
        Map<String, EventHandler> handlers = share.handlers().apply(platform.get());
        if (!handlers.containsKey(type)) {
            refuse(platformId, record, "unknown event type '" + type + "': " + String.join(" or ", handlers.keySet().stream().sorted().toList()));
            return;
        }
        try {
            inbox.process(record, handlers);
        } catch (InvalidEventException | EventProcessingException e) {
            refuse(platformId, record, e.getMessage());
        }
    }

    private void refuse(String platformId, ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("inbound record %s/%d/%d refused (%s): %s", record.topic(), record.partition(), record.offset(), platformId, reason);
        deadLetters.setAside(platformId, record, reason);
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
