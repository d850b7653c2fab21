package eu.viaduc.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents what {@code ConditionalGets} does on every JSON read: the ETag of a 200 answer, and
 * 304 for a request whose If-None-Match names it.
 */
public class NotModifiedResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().stream()
                .map(path -> path.getGET()).filter(operation -> operation != null)
                .forEach(NotModifiedResponses::document);
    }

    private static void document(Operation read) {
        APIResponse ok = read.getResponses() == null ? null : read.getResponses().getAPIResponse("200");
        boolean json = ok != null && ok.getContent() != null && ok.getContent().getMediaTypes() != null
                && ok.getContent().getMediaTypes().keySet().stream().anyMatch(type -> type.endsWith("json"));
        if (!json) {
            return;
        }
        if (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")) {
            ok.addHeader("ETag", OASFactory.createHeader()
                    .description("Send it back in If-None-Match to be answered 304 while nothing changed")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        if (read.getResponses().getAPIResponse("304") == null) {
            read.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the If-None-Match named the current ETag; no body"));
        }
    }
}
