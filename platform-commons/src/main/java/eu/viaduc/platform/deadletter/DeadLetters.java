package eu.viaduc.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import eu.viaduc.platform.events.KafkaSettings;

/**
 * Sets a record aside on the service's dead-letter topic, with the headers the channels' own
 * dead-letter strategy writes (reason, origin topic, partition, offset, exception class), so an
 * operator's replay treats both alike. Used by consumers that take a poll's records as one batch:
 * one record that breaks its contract or keeps failing must not send its whole batch aside.
 * The send is acknowledged by every in-sync replica before the caller moves on; while Kafka cannot
 * take it, the caller waits (the batch's offsets stay uncommitted): a record is never dropped.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);
    private static final int MAX_HEADER_CHARS = 4_000;

    private final Optional<String> topic;
    private final Config config;
    private volatile KafkaProducer<String, String> producer;

    @Inject
    public DeadLetters(Config config, @ConfigProperty(name = "viaduc.dead-letter.topic") Optional<String> topic) {
        this.config = config;
        this.topic = topic;
    }

    public void setAside(ConsumerRecord<String, String> record, RuntimeException failure) {
        String deadLetterTopic = topic.orElseThrow(
                () -> new IllegalStateException("viaduc.dead-letter.topic is not set: cannot set a record aside", failure));
        ProducerRecord<String, String> dead = new ProducerRecord<>(deadLetterTopic, null, record.key(), record.value(),
                record.headers());
        Headers headers = dead.headers();
        put(headers, "dead-letter-reason", failure.getMessage() == null ? failure.toString() : failure.getMessage());
        put(headers, "dead-letter-exception-class-name", failure.getClass().getName());
        if (failure.getCause() != null) {
            put(headers, "dead-letter-cause", String.valueOf(failure.getCause().getMessage()));
            put(headers, "dead-letter-cause-class-name", failure.getCause().getClass().getName());
        }
        put(headers, "dead-letter-topic", record.topic());
        put(headers, "dead-letter-partition", Integer.toString(record.partition()));
        put(headers, "dead-letter-offset", Long.toString(record.offset()));
        for (int attempt = 1;; attempt++) {
            try {
                producer().send(dead).get(30, TimeUnit.SECONDS);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while setting a record aside", e);
            } catch (ExecutionException | TimeoutException e) {
                if (e instanceof ExecutionException && !(e.getCause() instanceof RetriableException)) {
                    // too large, not authorised...: waiting would stall the partition for good; the channel's
                    // own dead-letter strategy takes the batch instead
                    throw new IllegalStateException("record " + record.topic() + "/" + record.partition() + "/"
                            + record.offset() + " cannot be set aside on " + deadLetterTopic, e.getCause());
                }
                if (attempt == 1 || attempt % 20 == 0) {
                    LOG.warnf("record %s/%d/%d waits to be set aside on %s (attempt %d): %s", record.topic(),
                            record.partition(), record.offset(), deadLetterTopic, attempt, e.getMessage());
                }
                pause();
            }
        }
    }

    /** Header values are cut at 4,000 characters: a reason listing every violation of a large event could outgrow the record. */
    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        String kept = value.length() > MAX_HEADER_CHARS ? value.substring(0, MAX_HEADER_CHARS) + "..." : value;
        headers.add(name, kept.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties settings = KafkaSettings.of(config);
                    settings.put(ProducerConfig.ACKS_CONFIG, "all");
                    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    settings.put(ProducerConfig.CLIENT_ID_CONFIG, "inbox-dead-letters");
                    producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
                }
                current = producer;
            }
        }
        return current;
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to set a record aside", e);
        }
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
