package eu.viaduc.platform.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import eu.viaduc.platform.database.TransientFailures;
import eu.viaduc.platform.problem.Problem.Violation;
import eu.viaduc.platform.rest.ETags;

/**
 * Turns every error, the framework's included, into an RFC 9457 problem document naming the
 * fields at fault. Nothing here ever returns a stack trace; unexpected failures are logged
 * with an id that the response repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://viaduc.eu/problems/";

    @ServerExceptionMapper
    public RestResponse<Problem> onProblem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.violations());
    }

    /** Two updates raced on the same version: the later one must read again. */
    @ServerExceptionMapper
    public RestResponse<Problem> onConcurrentUpdate(OptimisticLockException e, UriInfo uri) {
        return onProblem(ETags.staleVersion(), uri);
    }

    /** A unique index caught what a check could not (two requests racing): a conflict, not a bug. */
    @ServerExceptionMapper
    public RestResponse<Problem> onDatabaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if ("23505".equals(e.getSQLState())) {
            return respond(409, "Conflict", "this conflicts with data that exists already", uri, List.of());
        }
        return onUnexpected(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> onInvalid(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b)
                .orElse("the request is invalid");
        return respond(400, "Invalid request", detail, uri, violations);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> onBadJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !(e instanceof MismatchedInputException)
                && !(e instanceof ValueInstantiationException)) {
            return onUnexpected(e, uri); // a serialisation bug on our side, not the client's mistake
        }
        return badJson(e, uri);
    }

    /** Replaces Quarkus' built-in mapper for this type, which answers plain JSON. */
    @ServerExceptionMapper
    public RestResponse<Problem> onMismatchedInput(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> onWebApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return onUnexpected(e, uri);
        }
        String message = e.getMessage();
        String detail = message == null || message.startsWith("HTTP ") ? defaultDetail(status, uri) : message;
        return respond(status, reason(status), detail, uri, List.of());
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public RestResponse<Problem> onUnauthenticated(RuntimeException e, UriInfo uri) {
        return builder(401, "Unauthorized", "a valid bearer token is required", uri, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> onForbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "your roles do not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> onUnexpected(Throwable e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            return unavailable(e, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s on %s", errorId, uri.getPath());
        return respond(500, "Internal Server Error",
                "an unexpected error occurred; quote error id " + errorId + " when reporting it", uri, List.of());
    }

    /** The database is restarting or unreachable, or a deadlock broke the request: try again shortly. */
    private RestResponse<Problem> unavailable(Throwable e, UriInfo uri) {
        LOG.warnf("answering 503 on %s: %s", uri.getPath(), e.getMessage());
        return builder(503, "Service Unavailable", "the service cannot reach its database for a moment; nothing was "
                + "changed, try again in a few seconds", uri, List.of())
                .header(HttpHeaders.RETRY_AFTER, "5")
                .build();
    }

    private RestResponse<Problem> badJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String field = jsonPath(invalid);
            String message = "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants())
                    + " but was '" + invalid.getValue() + "'";
            return respond(400, "Invalid request", field + " " + message, uri, List.of(new Violation(field, message)));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String message = e instanceof ValueInstantiationException && e.getCause() != null
                    ? e.getCause().getMessage()
                    : e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class
                            ? invalid.getOriginalMessage()
                            : "has a value of the wrong type or shape";
            return respond(400, "Invalid request", field + " " + message, uri, List.of(new Violation(field, message)));
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(400, "Malformed JSON", "the request body is not valid JSON" + where + ": " + e.getOriginalMessage(),
                uri, List.of());
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** "name" for a body field, "competences[1]" for a list element, "texts.fr" for a map value, "size" for a query parameter. */
    public static String fieldOf(ConstraintViolation<?> violation) {
        List<String> afterParameter = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                afterParameter.clear();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getKind() == ElementKind.PROPERTY ? node.getName() : "";
                int last = afterParameter.size() - 1;
                if (node.getIndex() != null && last >= 0) {
                    // the index belongs to the previous node (the list), as in "competences[1]"
                    afterParameter.set(last, afterParameter.get(last) + "[" + node.getIndex() + "]");
                } else if (node.getKey() != null && last >= 0) {
                    // and a key to the previous node (the map), as in "texts.fr.title"
                    afterParameter.set(last, afterParameter.get(last) + "." + node.getKey());
                }
                if (!name.isEmpty()) {
                    afterParameter.add(name);
                }
            }
        }
        if (!afterParameter.isEmpty()) {
            return String.join(".", afterParameter);
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    private static RestResponse<Problem> respond(int status, String title, String detail, UriInfo uri,
            List<Violation> violations) {
        return builder(status, title, detail, uri, violations).build();
    }

    private static RestResponse.ResponseBuilder<Problem> builder(int status, String title, String detail, UriInfo uri,
            List<Violation> violations) {
        Problem problem = new Problem(URI.create(TYPE_BASE + slug(title)), title, status, detail,
                uri == null ? null : uri.getPath(), violations);
        return RestResponse.ResponseBuilder.<Problem> create(status).entity(problem).type(Problem.MEDIA_TYPE);
    }

    private static String defaultDetail(int status, UriInfo uri) {
        return switch (status) {
            case 404 -> "nothing exists at " + (uri == null ? "this path" : uri.getPath());
            case 405 -> "this method is not allowed on " + (uri == null ? "this path" : uri.getPath());
            case 406 -> "the API answers application/json only";
            case 415 -> "the request body must be application/json";
            default -> reason(status);
        };
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    private static String slug(String title) {
        return title.toLowerCase().replace(' ', '-');
    }
}
