package eu.viaduc.platform.idempotency;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * The outcome of a create: where the new resource is, its representation and ETag, and
 * whether this answer replays an earlier request with the same Idempotency-Key (then the body
 * is the stored JSON, exactly as first sent).
 */
public record Created(URI location, Object body, String etag, boolean replayed) {

    public static Created of(URI location, Object body, String etag) {
        return new Created(location, body, etag, false);
    }

    /** 201 with Location, ETag when known, and Idempotent-Replayed on a replay. */
    public RestResponse<Object> toResponse() {
        var response = RestResponse.ResponseBuilder.created(location).entity(body);
        if (etag != null) {
            response.header("ETag", etag);
        }
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }
}
