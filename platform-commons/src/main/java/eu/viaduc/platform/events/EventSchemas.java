package eu.viaduc.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.SpecVersion;

/**
 * The contract of every event type: one JSON Schema per type, found on the classpath at
 * {@code event-schemas/<type>.schema.json} (the event-contracts module). Producers check what
 * they write and consumers what they read, so a contract break is caught on both sides.
 */
@ApplicationScoped
public class EventSchemas {

    static final String LOCATION = "event-schemas/";

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, JsonSchema> schemasByType = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;

    @Inject
    public EventSchemas(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Every way {@code data} breaks the schema of {@code type}; empty when it conforms. */
    public List<String> violations(String type, String data) {
        JsonSchema schema = schema(type);
        if (schema == null) {
            return List.of("no schema is known for event type " + type);
        }
        JsonNode json;
        try {
            json = mapper.readTree(data);
        } catch (JsonProcessingException e) {
            return List.of("data is not JSON: " + e.getOriginalMessage());
        }
        return schema.validate(json).stream()
                .map(message -> message.getInstanceLocation() + ": " + message.getMessage())
                .sorted()
                .toList();
    }

    /**
     * Rejects data that breaks its type's schema. Every event written and read goes through here (an import
     * of 100,000 rows makes 200,000), so conforming data is checked the quick way, which stops at the first
     * break and gathers no messages; {@link #violations} says why only for data that fails it.
     */
    public void check(String type, String data) {
        if (conformsAtFirstSight(type, data)) {
            return;
        }
        List<String> violations = violations(type, data);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(type + " breaks its schema: " + String.join("; ", violations));
        }
    }

    private boolean conformsAtFirstSight(String type, String data) {
        JsonSchema schema = schema(type);
        try {
            return schema != null && schema.validate(mapper.readTree(data), OutputFormat.BOOLEAN);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private JsonSchema schema(String type) {
        JsonSchema schema = schemasByType.computeIfAbsent(type, this::load);
        if (schema == null) {
            schemasByType.remove(type);
        }
        return schema;
    }

    private JsonSchema load(String type) {
        String path = LOCATION + type + ".schema.json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return in == null ? null : factory.getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
