package eu.viaduc.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The trace context and request id that travel with an event: the W3C {@code traceparent} of the
 * span that made the change (CloudEvents' distributed-tracing extension, {@code ce_traceparent} in
 * Kafka binary mode, and plain {@code traceparent} for OpenTelemetry's Kafka instrumentation), and
 * the gateway's request id ({@code ce_requestid}), which every log line about the event then shows.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    public static final String CE_TRACEPARENT = "ce_traceparent";
    public static final String CE_REQUEST_ID = "ce_requestid";
    /** The MDC key of the request id in log lines. */
    public static final String REQUEST_ID = "requestId";

    private TraceContext() {
    }

    /** The current span as a W3C traceparent, if there is one. */
    public static Optional<String> currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? Optional.of("00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex()) : Optional.empty();
    }

    /** The request id of the request or event being handled, if any. */
    public static Optional<String> currentRequestId() {
        Object id = MDC.get(REQUEST_ID);
        return id == null || id.toString().isBlank() ? Optional.empty() : Optional.of(id.toString());
    }

    public static void addTo(Headers headers, String traceparent, String requestId) {
        if (traceparent != null) {
            headers.add(CE_TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
            headers.add(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        if (requestId != null) {
            headers.add(CE_REQUEST_ID, requestId.getBytes(StandardCharsets.UTF_8));
        }
    }

    public static Optional<String> header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
