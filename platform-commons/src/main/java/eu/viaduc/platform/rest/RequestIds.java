package eu.viaduc.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import eu.viaduc.platform.events.TraceContext;

/**
 * The gateway's request id (X-Request-Id) in every log line about the request, beside the trace id
 * (OpenTelemetry puts that one in the log context itself), and in the events the request causes.
 */
public class RequestIds {

    @ServerRequestFilter(preMatching = true)
    public void remember(ContainerRequestContext request) {
        String id = request.getHeaderString("X-Request-Id");
        if (id != null && !id.isBlank()) {
            MDC.put(TraceContext.REQUEST_ID, id.length() > 64 ? id.substring(0, 64) : id);
        } else {
            MDC.remove(TraceContext.REQUEST_ID);
        }
    }

    @ServerResponseFilter
    public void forget() {
        MDC.remove(TraceContext.REQUEST_ID);
    }
}
