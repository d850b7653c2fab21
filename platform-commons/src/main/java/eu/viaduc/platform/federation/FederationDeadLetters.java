package eu.viaduc.platform.federation;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;

import eu.viaduc.platform.events.KafkaSettings;

/**
 * Sets a refused record from {@value FederationGate#INBOUND} aside on its source's own dead-letter topic,
 * {@value #PREFIX}{@code <source id>} ({@code unregistered} for an unknown source), with the original
 * key, value and headers and a {@code dead-letter-reason} header, so each partner reads only its own
 * rejections. The send is acknowledged (acks=all) before the record's offset moves on. Shared by the
 * services that take partner platforms' events (opportunities in matchmaking, cluster profiles in members).
 */
@ApplicationScoped
public class FederationDeadLetters {

    public static final String PREFIX = "viaduc.federation.dead-letter.";
    public static final String UNREGISTERED = "unregistered";

    private final KafkaProducer<String, String> producer;

    @Inject
    public FederationDeadLetters(Config config) {
        Properties settings = KafkaSettings.of(config);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "federation-dead-letters");
        this.producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    public void setAside(String sourceId, ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(PREFIX + sourceId, null, record.key(), record.value(),
                record.headers());
        dead.headers().remove("dead-letter-reason");
        dead.headers().add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dead-letter-offset", (record.topic() + "/" + record.partition() + "/" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(dead).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting a record aside", e);
        } catch (ExecutionException e) {
            // the record stays unacknowledged: the channel's own failure strategy takes over
            throw new IllegalStateException("could not set the record aside on " + PREFIX + sourceId, e.getCause());
        }
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
