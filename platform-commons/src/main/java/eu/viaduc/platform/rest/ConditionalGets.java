package eu.viaduc.platform.rest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Conditional GETs on every JSON read, for clients that poll (mobile apps on metered networks):
 * each 200 answer carries an {@code ETag}, and a request whose {@code If-None-Match} names it
 * gets 304 with no body. A resource's own ETag (its version) is kept; otherwise the tag is a hash
 * of the body, which is serialised here once and sent as those bytes, not serialised again.
 * {@code Cache-Control: private, no-cache} lets a client's HTTP cache keep the answer and ask again.
 */
public class ConditionalGets {

    private final ObjectMapper json;

    public ConditionalGets(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != Status.OK.getStatusCode()
                || !response.hasEntity()) {
            return;
        }
        Object entity = response.getEntity();
        boolean view = entity instanceof Collection || entity instanceof Map || entity.getClass().isRecord();
        // a Response built without a type is written as the resource's @Produces says: JSON for a view
        if (!(isJson(response.getMediaType()) || (response.getMediaType() == null && view))) {
            return;
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (etag == null) {
            if (!view) {
                return;
            }
            byte[] body;
            try {
                body = json.writeValueAsBytes(entity);
            } catch (JsonProcessingException e) {
                return; // the writer meets the same failure and answers it as usual
            }
            etag = "\"" + hashOf(body) + "\"";
            response.setEntity(body, response.getEntityAnnotations(),
                    response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE);
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        }
        if (response.getHeaderString(HttpHeaders.CACHE_CONTROL) == null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        }
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** If-None-Match may list several tags, weak or strong; a weak comparison is the rule for it (RFC 9110). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String wanted = opaque(etag);
        return ifNoneMatch.strip().equals("*")
                || Arrays.stream(ifNoneMatch.split(",")).map(String::strip).map(ConditionalGets::opaque).anyMatch(wanted::equals);
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String hashOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
