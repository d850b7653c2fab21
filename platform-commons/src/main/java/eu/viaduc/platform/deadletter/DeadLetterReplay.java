package eu.viaduc.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

import eu.viaduc.platform.events.KafkaSettings;
import eu.viaduc.platform.inbox.Inbox;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.Roles;

/**
 * Once the cause is fixed, an operator replays the service's dead-letter topic into it: every record
 * set aside since the last replay goes through the inbox again (so one applied already changes
 * nothing), with the handlers of the topic it came from. A record that fails again goes back to the
 * end of the dead-letter topic with its new reason. On the service's own port, like /ops/outbox.
 */
@Path("/ops/dead-letters/replay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    private final Inbox inbox;
    private final Instance<ConsumedTopic> consumedTopics;
    private final Optional<String> deadLetterTopic;
    private final String group;
    private final Config config;
    private final Caller caller;

    @Inject
    public DeadLetterReplay(Inbox inbox, Instance<ConsumedTopic> consumedTopics,
            @ConfigProperty(name = "viaduc.dead-letter.topic") Optional<String> deadLetterTopic,
            @ConfigProperty(name = "quarkus.application.name") String application, Config config, Caller caller) {
        this.inbox = inbox;
        this.consumedTopics = consumedTopics;
        this.deadLetterTopic = deadLetterTopic;
        this.group = application + "-dead-letter-replay";
        this.config = config;
        this.caller = caller;
    }

    @POST
    @Blocking
    @Operation(hidden = true)
    public Replayed replay() {
        String topic = deadLetterTopic.orElseThrow(() -> ProblemException.conflict("this service has no dead-letter topic"));
        Map<String, ConsumedTopic> byTopic = new HashMap<>();
        consumedTopics.forEach(consumed -> byTopic.put(consumed.topic(), consumed));
        LOG.infof("operator %s replays dead-letter topic %s", caller.id(), topic);
        int replayed = 0;
        int failedAgain = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerSettings());
                KafkaProducer<String, String> producer = new KafkaProducer<>(producerSettings())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            // what is in the topic now; records dead-lettered again during the replay wait for the next one
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            // from where the last replay stopped; the first replay starts at the beginning
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata last = committed.get(partition);
                if (last == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, last.offset());
                }
            }
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    String origin = header(record, "dead-letter-topic");
                    ConsumedTopic consumed = origin == null ? null : byTopic.get(origin);
                    try {
                        if (consumed == null) {
                            throw new IllegalStateException("no consumer of topic " + origin + " in this service");
                        }
                        // as it was on its own topic: the inbox's metrics and logs name that one
                        inbox.process(new ConsumerRecord<>(origin, record.partition(), record.offset(), record.timestamp(),
                                record.timestampType(), record.serializedKeySize(), record.serializedValueSize(),
                                record.key(), record.value(), record.headers(), record.leaderEpoch()), consumed.handlers());
                        replayed++;
                    } catch (RuntimeException e) {
                        failedAgain++;
                        producer.send(deadLetterAgain(topic, record, e)).get(30, TimeUnit.SECONDS);
                    }
                }
                consumer.commitSync();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not set a record aside again: " + e.getMessage(), e);
        }
        LOG.infof("dead-letter replay: %d applied, %d failed again", replayed, failedAgain);
        return new Replayed(replayed, failedAgain);
    }

    private static ProducerRecord<String, String> deadLetterAgain(String topic, ConsumerRecord<String, String> record,
            RuntimeException failure) {
        ProducerRecord<String, String> again = new ProducerRecord<>(topic, null, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!"dead-letter-reason".equals(header.key())) {
                again.headers().add(header);
            }
        }
        again.headers().add(new RecordHeader("dead-letter-reason",
                ("replay failed: " + failure.getMessage()).getBytes(StandardCharsets.UTF_8)));
        return again;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Properties consumerSettings() {
        Properties settings = KafkaSettings.of(config);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return settings;
    }

    private Properties producerSettings() {
        Properties settings = KafkaSettings.of(config);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return settings;
    }

    /** What a replay did. */
    public record Replayed(int replayed, int failedAgain) {
    }
}
