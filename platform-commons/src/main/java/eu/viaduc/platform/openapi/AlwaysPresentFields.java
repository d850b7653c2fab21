package eu.viaduc.platform.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import eu.viaduc.platform.problem.Problem;

/**
 * Marks every property of a response body's schema (every schema that is no request body's) {@code required}: Jackson writes every record
 * component, a null one as {@code null}, so each field is always present. A field that may be null
 * says so with {@code @Schema(nullable = true)}, and a strict client then types it {@code T | null}
 * instead of {@code T | undefined}, which is what integrators asked for (no non-null assertions).
 *
 * <p>Schemas that are also request bodies keep their own {@code required} list, since there it means
 * "the client must send it". The problem document leaves its empty fields out, so it is left alone.
 */
public class AlwaysPresentFields implements OASFilter {

    private static final String SCHEMA_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Operation> operations = openAPI.getPaths().getPathItems().values().stream()
                .flatMap(path -> path.getOperations().values().stream()).toList();
        Set<String> inRequests = reachable(schemas, operations.stream()
                .filter(operation -> operation.getRequestBody() != null)
                .flatMap(operation -> schemasOf(operation.getRequestBody().getContent())));
        // every schema but the requests': also one this service does not use, which another service's
        // answers may (the taxonomies' records), so that the gateway's merge finds the two alike
        Set<String> answers = new HashSet<>(schemas.keySet());
        answers.removeAll(inRequests);
        answers.remove(Problem.SCHEMA_NAME);
        for (String name : answers) {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(List.copyOf(schema.getProperties().keySet()));
            }
        }
        schemas.values().stream().filter(schema -> schema.getProperties() != null)
                .flatMap(schema -> schema.getProperties().values().stream())
                .forEach(AlwaysPresentFields::letNullThrough);
    }

    /**
     * A nullable reference with a description comes out as {@code type: object} beside
     * {@code anyOf: [$ref, {type: null}]}, and the {@code type} then forbids the null the
     * {@code anyOf} allows: the null is added to the type too.
     */
    private static void letNullThrough(Schema property) {
        boolean mayBeNull = property.getAnyOf() != null && property.getAnyOf().stream()
                .anyMatch(option -> option.getType() != null && option.getType().contains(Schema.SchemaType.NULL));
        if (mayBeNull && property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
    }

    private static Stream<Schema> schemasOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return Stream.empty();
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(schema -> schema != null);
    }

    /** The names of the component schemas the roots refer to, directly or through other schemas. */
    private static Set<String> reachable(Map<String, Schema> schemas, Stream<Schema> roots) {
        Set<String> names = new HashSet<>();
        Deque<Schema> toVisit = new ArrayDeque<>(roots.toList());
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMA_PREFIX)) {
                String name = ref.substring(SCHEMA_PREFIX.length());
                if (names.add(name) && schemas.containsKey(name)) {
                    toVisit.push(schemas.get(name));
                }
            }
            children(schema).forEach(toVisit::push);
        }
        return names;
    }

    private static Stream<Schema> children(Schema schema) {
        Stream<Schema> properties = schema.getProperties() == null ? Stream.empty() : schema.getProperties().values().stream();
        Stream<Schema> composed = Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(list -> list != null).flatMap(List::stream);
        Stream<Schema> single = Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot());
        return Stream.of(properties, composed, single).flatMap(s -> s).filter(child -> child != null);
    }
}
