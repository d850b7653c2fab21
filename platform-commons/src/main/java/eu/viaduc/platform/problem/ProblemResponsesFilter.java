package eu.viaduc.platform.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every operation can give, as problem+json, so resources only
 * declare the ones particular to them (a 404, a 409), with a description and no content: 400
 * when the operation takes input, 401 and 403 when it is secured, 429 (the gateway's rate limit)
 * and 500 always. A public operation says so with an empty security
 * requirement.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/" + Problem.SCHEMA_NAME;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ensureProblemSchema(openAPI);
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values()
                .forEach(this::documentErrors));
    }

    private void documentErrors(Operation operation) {
        APIResponses responses = operation.getResponses() != null ? operation.getResponses() : OASFactory.createAPIResponses();
        operation.setResponses(responses);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (takesInput) {
            problem(responses, "400", "Malformed or invalid input; violations name each bad field");
        }
        if (secured) {
            problem(responses, "401", "No valid bearer token");
            problem(responses, "403", "The caller's roles or ownership do not allow this operation");
        } else {
            // says "no token needed" explicitly, rather than leaving readers to guess
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        // the gateway's limit per client address, whatever the operation
        problem(responses, "429", "Too many requests from this address; retry after the Retry-After seconds");
        problem(responses, "500", "An unexpected error; the detail gives an error id to quote");
        // errors a resource declares itself (a 404, a 409) get the same problem+json content
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    problem(responses, status, response.getDescription());
                }
            });
        }
    }

    private static void problem(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
            response.setContent(content);
        }
    }

    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas != null && schemas.containsKey(Problem.SCHEMA_NAME)) {
            return;
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        openAPI.getComponents().addSchema(Problem.SCHEMA_NAME, OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .required(List.of("type", "title", "status"))
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation)));
    }
}
