package eu.viaduc.members.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import eu.viaduc.members.MembersApi;

/**
 * PostgreSQL cannot store U+0000. Every operation of the service's OpenAPI document gets it in each
 * of its string parameters, and in each string field of its JSON body example: the answer is always a
 * 4xx problem+json, never a 500.
 */
@QuarkusTest
class NulCharacterFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NUL = "a\u0000b";

    @Test
    void aNulCharacterInABodyQueryOrPathIsA400NamingTheField() {
        given().auth().oauth2(MembersApi.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Null " + NUL, "type", "SME", "country", "FR"))
                .when().post("/api/v1/organisations").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
        given().urlEncodingEnabled(false).when().get("/api/v1/clusters?valueChain=a%00b").then().statusCode(400)
                .body("violations[0].field", equalTo("valueChain"));
        given().auth().oauth2(MembersApi.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Alliance " + NUL, "programmeStart", "2026-01-01", "programmeEnd", "2027-01-01"))
                .when().post("/api/v1/alliances").then().statusCode(400).body("violations[0].field", equalTo("name"));
        given().auth().oauth2(MembersApi.ADMIN).urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body(Map.of("role", "EDITOR")).when().put("/api/v1/organisations/" + UUID.randomUUID() + "/people/a%00b").then().statusCode(400)
                .body("violations[0].field", equalTo("subject"));
    }

    @Test
    void everyOperationAnswersA4xxProblemToANulInAnyStringInput() throws Exception {
        JsonNode openApi = MAPPER.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode parameters = operation.getValue().path("parameters");
                for (JsonNode parameter : parameters) {
                    // headers cannot carry a NUL over HTTP at all
                    if (!"header".equals(parameter.path("in").asText()) && isPlainString(parameter.path("schema"))) {
                        calls++;
                        check(failures, method, path.getKey(), parameters, parameter.path("name").asText(),
                                body(openApi, operation.getValue(), null));
                    }
                }
                ObjectNode example = body(openApi, operation.getValue(), null);
                if (example != null) {
                    JsonNode properties = bodySchema(openApi, operation.getValue()).path("properties");
                    for (Iterator<String> fields = example.fieldNames(); fields.hasNext();) {
                        String field = fields.next();
                        if (example.get(field).isTextual() && isPlainString(properties.path(field))) {
                            calls++;
                            check(failures, method, path.getKey(), parameters, null, body(openApi, operation.getValue(), field));
                        }
                    }
                }
            }
        }
        assertThat(calls).as("string inputs fuzzed").isGreaterThan(20);
        assertThat(failures).isEmpty();
    }

    private static void check(List<String> failures, String method, String template, JsonNode parameters, String nulParameter,
            ObjectNode body) {
        String uri = template;
        var request = given().auth().oauth2(MembersApi.ADMIN).urlEncodingEnabled(false);
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String value = name.equals(nulParameter) ? "a%00b" : sample(parameter.path("schema"));
            if ("path".equals(parameter.path("in").asText())) {
                uri = uri.replace("{" + name + "}", value);
            } else if ("query".equals(parameter.path("in").asText()) && name.equals(nulParameter)) {
                request = request.queryParam(name, value);
            }
        }
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body.toString());
        }
        Response response = request.when().request(method, uri);
        String type = response.contentType();
        if (response.statusCode() >= 500 || response.statusCode() < 400 || type == null || !type.startsWith("application/problem+json")) {
            failures.add(method + " " + uri + (nulParameter == null ? " body " + body : "") + " -> " + response.statusCode()
                    + " " + type);
        }
    }

    /** The operation's JSON body example, with a NUL in one string field (or none). */
    private static ObjectNode body(JsonNode openApi, JsonNode operation, String nulField) {
        JsonNode schema = bodySchema(openApi, operation);
        JsonNode examples = schema.path("examples");
        JsonNode example = examples.isArray() && !examples.isEmpty() ? examples.get(0) : schema.path("example");
        if (!example.isObject()) {
            return null;
        }
        ObjectNode copy = example.deepCopy();
        if (nulField != null) {
            copy.put(nulField, copy.get(nulField).asText() + "\u0000");
        }
        return copy;
    }

    private static JsonNode bodySchema(JsonNode openApi, JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            schema = openApi.path("components").path("schemas").path(name);
        }
        return schema;
    }

    /** Text the service stores as it is (dates, ids and enums are parsed, and a NUL cannot survive that). */
    private static boolean isPlainString(JsonNode schema) {
        return "string".equals(schema.path("type").asText()) && !schema.has("format") && !schema.has("enum")
                && !schema.has("$ref") && !schema.has("allOf") && !schema.has("oneOf") && !schema.has("anyOf");
    }

    private static String sample(JsonNode schema) {
        return "uuid".equals(schema.path("format").asText()) ? UUID.randomUUID().toString() : "x";
    }
}
