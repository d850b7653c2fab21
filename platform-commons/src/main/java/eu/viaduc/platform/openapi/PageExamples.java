package eu.viaduc.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A page of a list is a generic record ({@code Page<T>}), so no annotation can give each page's
 * schema an example: it is composed here from the example of its items' schema, a first page of
 * twenty, and the examples its other fields carry. A page whose parts have no example is left as it is.
 */
public class PageExamples implements OASFilter {

    private static final String SCHEMA_PREFIX = "#/components/schemas/";
    private static final Map<String, Object> PAGING = Map.of("page", 0, "size", 20, "total", 1);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        schemas.values().stream()
                .filter(schema -> !hasExample(schema) && schema.getProperties() != null
                        && schema.getProperties().containsKey("items") && schema.getProperties().containsKey("total"))
                .forEach(page -> example(page, schemas).ifPresent(example -> page.setExamples(List.of(example))));
    }

    private static Optional<Map<String, Object>> example(Schema page, Map<String, Schema> schemas) {
        Map<String, Object> example = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> property : page.getProperties().entrySet()) {
            Optional<Object> value = property.getKey().equals("items")
                    ? itemExample(property.getValue(), schemas).map(item -> (Object) List.of(item))
                    : Optional.ofNullable(PAGING.get(property.getKey())).or(() -> firstExample(property.getValue()));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            example.put(property.getKey(), value.get());
        }
        return Optional.of(example);
    }

    private static Optional<Object> itemExample(Schema items, Map<String, Schema> schemas) {
        if (items.getItems() == null || items.getItems().getRef() == null
                || !items.getItems().getRef().startsWith(SCHEMA_PREFIX)) {
            return Optional.empty();
        }
        Schema item = schemas.get(items.getItems().getRef().substring(SCHEMA_PREFIX.length()));
        return item == null ? Optional.empty() : firstExample(item);
    }

    private static Optional<Object> firstExample(Schema schema) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return Optional.ofNullable(schema.getExamples().get(0));
        }
        return Optional.ofNullable(schema.getExample());
    }

    private static boolean hasExample(Schema schema) {
        return schema.getExample() != null || (schema.getExamples() != null && !schema.getExamples().isEmpty());
    }
}
