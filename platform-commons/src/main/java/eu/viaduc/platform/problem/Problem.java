package eu.viaduc.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document: what every Viaduc error response carries.
 *
 * @param type       a URI naming the kind of problem
 * @param title      a short summary of that kind
 * @param status     the HTTP status
 * @param detail     what went wrong in this occurrence
 * @param instance   the request path that failed
 * @param violations every bad field, when the request had some
 */
@Schema(name = Problem.SCHEMA_NAME, description = "RFC 9457 problem details; empty fields are left out",
        requiredProperties = { "type", "title", "status" }, examples = """
        {"type": "https://viaduc.eu/problems/invalid-request", "title": "Invalid request", "status": 400,
         "detail": "country must be an ISO 3166-1 alpha-2 code, such as FR or BG", "instance": "/api/v1/clusters",
         "violations": [{"field": "country", "message": "must be an ISO 3166-1 alpha-2 code, such as FR or BG"}]}""")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String SCHEMA_NAME = "Problem";

    /** One bad input: {@code field} is the JSON path of the field (or query parameter) at fault. */
    @Schema(name = "Violation", examples = """
            {"field": "country", "message": "must be an ISO 3166-1 alpha-2 code, such as FR or BG"}""")
    public record Violation(String field, String message) {
    }
}
