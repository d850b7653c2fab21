package eu.viaduc.examples.federation;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.cloudevents.kafka.KafkaMessageFactory;

/**
 * Another EU cluster platform following Viaduc, in one class: the public topics come from the
 * AsyncAPI document (channels tagged {@code public}), every event is read with the CloudEvents SDK
 * (Kafka binary mode), checked against the JSON Schema of its type, and printed. With
 * {@code --publish-opportunity} it first publishes one opportunity of its own on the inbound topic.
 *
 * <pre>
 * java -cp "$(cat target/classes/viaduc/federation-consumer.classpath):target/classes" \
 *   eu.viaduc.examples.federation.FederationConsumer --bootstrap localhost:9092 \
 *   --asyncapi event-contracts/src/main/resources/asyncapi.yaml \
 *   --schemas event-contracts/src/main/resources/event-schemas [--until-every-topic] [--seconds 60] \
 *   [--publish-opportunity https://partners.example.eu/platform]
 * </pre>
 *
 * It exits with 1 when an event breaks its schema, or when {@code --until-every-topic} is given and a
 * public topic showed no event within the time.
 */
public final class FederationConsumer {

    private static final String INBOUND = "viaduc.federation.inbound";
    private static final String OPPORTUNITY_PUBLISHED = "eu.viaduc.federation.opportunity.published.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> options;
    private final Map<String, JsonSchema> schemas = new HashMap<>();
    private final JsonSchemaFactory schemaFactory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private FederationConsumer(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            options.put(args[i], flag ? "true" : args[++i]);
        }
        System.exit(new FederationConsumer(options).run());
    }

    private int run() throws Exception {
        Set<String> topics = publicTopics(Path.of(required("--asyncapi")));
        System.out.printf("public topics (AsyncAPI): %s%n", String.join(", ", topics));
        if (options.containsKey("--publish-opportunity")) {
            publishOpportunity(URI.create(options.get("--publish-opportunity")));
        }
        return follow(topics);
    }

    /** The channels the AsyncAPI document tags public: what a partner platform may read. */
    private static Set<String> publicTopics(Path asyncApi) throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(asyncApi.toFile());
        Set<String> topics = new TreeSet<>();
        document.path("channels").forEach(channel -> {
            for (JsonNode tag : channel.path("tags")) {
                if ("public".equals(tag.path("name").asText())) {
                    topics.add(channel.path("address").asText());
                }
            }
        });
        if (topics.isEmpty()) {
            throw new IllegalStateException(asyncApi + " tags no channel public");
        }
        return topics;
    }

    private int follow(Set<String> topics) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, required("--bootstrap"));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "federation-example-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Instant deadline = Instant.now().plusSeconds(Long.parseLong(options.getOrDefault("--seconds", "60")));
        boolean untilEveryTopic = options.containsKey("--until-every-topic");
        Map<String, Integer> valid = new TreeMap<>();
        List<String> invalid = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(topics);
            while (Instant.now().isBefore(deadline) && !(untilEveryTopic && valid.keySet().containsAll(topics))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        continue; // a tombstone after an erasure: nothing to read, the key is forgotten
                    }
                    CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
                    List<String> problems = check(event);
                    System.out.printf("%-34s %-58s %s %s%n", record.topic(), event.getType(), event.getSubject(),
                            problems.isEmpty() ? "valid" : "INVALID " + problems);
                    if (problems.isEmpty()) {
                        valid.merge(record.topic(), 1, Integer::sum);
                    } else {
                        invalid.add(record.topic() + " " + event.getType() + " " + event.getId());
                    }
                }
            }
        }
        System.out.printf("valid events per topic: %s; invalid: %d%n", valid, invalid.size());
        Set<String> silent = new TreeSet<>(topics);
        silent.removeAll(valid.keySet());
        if (!invalid.isEmpty() || (untilEveryTopic && !silent.isEmpty())) {
            System.out.printf("FAILED: invalid %s; topics without a valid event: %s%n", invalid, silent);
            return 1;
        }
        return 0;
    }

    /** What is wrong with the event: the CloudEvents attributes it must have, and its data against its schema. */
    private List<String> check(CloudEvent event) {
        List<String> problems = new ArrayList<>();
        if (event.getSubject() == null || event.getTime() == null || event.getData() == null) {
            problems.add("subject, time and data are required");
            return problems;
        }
        try {
            JsonNode data = JSON.readTree(event.getData().toBytes());
            for (ValidationMessage message : schemaOf(event.getType()).validate(data)) {
                problems.add(message.getMessage());
            }
        } catch (IOException e) {
            problems.add("data is not JSON or the type has no schema: " + e.getMessage());
        }
        return problems;
    }

    private JsonSchema schemaOf(String type) throws IOException {
        JsonSchema known = schemas.get(type);
        if (known == null) {
            Path file = Path.of(required("--schemas"), type + ".schema.json");
            known = schemaFactory.getSchema(Files.readString(file, StandardCharsets.UTF_8));
            schemas.put(type, known);
        }
        return known;
    }

    /** One partner search of this platform, as the inbound channel of the AsyncAPI document describes it. */
    private void publishOpportunity(URI source) throws Exception {
        String id = "example-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode opportunity = JSON.createObjectNode();
        opportunity.put("originalId", id);
        opportunity.put("originalUrl", source.resolve("/opportunities/" + id).toString());
        opportunity.putObject("organisation").put("name", "Clúster Tèxtil de Catalunya").put("country", "ES");
        opportunity.put("type", "PARTNER_SEARCH");
        opportunity.put("originalLanguage", "en");
        opportunity.putObject("texts").putObject("en").put("title", "Partners for a circular textiles call " + id)
                .put("description", "We seek recyclers and pattern makers for a call on circular textiles.");
        opportunity.putArray("requiredCompetences").add("textile-recycling").add("pattern-making");
        opportunity.putArray("keywords").add("circular");
        opportunity.putArray("naceCodes").add("13.10");
        opportunity.putArray("countriesSought");
        opportunity.put("deadline", OffsetDateTime.now(ZoneOffset.UTC).plusMonths(4).toLocalDate().toString());
        byte[] data = JSON.writeValueAsBytes(opportunity);
        List<String> problems = new ArrayList<>();
        schemaOf(OPPORTUNITY_PUBLISHED).validate(JSON.readTree(data)).forEach(m -> problems.add(m.getMessage()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the opportunity breaks its own schema: " + problems);
        }
        CloudEvent event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(source)
                .withType(OPPORTUNITY_PUBLISHED).withSubject(id).withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json").withData(data).build();
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, required("--bootstrap"));
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new CloudEventSerializer())) {
            // the key is the opportunity's own id: its later versions and its withdrawal stay in order
            producer.send(new ProducerRecord<>(INBOUND, id, event)).get();
        }
        System.out.printf("published %s %s on %s: \"%s\"%n", OPPORTUNITY_PUBLISHED, id, INBOUND,
                opportunity.path("texts").path("en").path("title").asText());
    }

    private String required(String option) {
        String value = options.get(option);
        if (value == null) {
            throw new IllegalArgumentException(option + " is required; see the class comment for the usage");
        }
        return value;
    }
}
