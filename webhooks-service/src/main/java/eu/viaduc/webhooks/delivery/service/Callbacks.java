package eu.viaduc.webhooks.delivery.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.viaduc.webhooks.callback.CallbackGuard;
import eu.viaduc.webhooks.subscription.service.SubscriptionSettings;

/**
 * Calls a partner's callback with one event: a CloudEvent in structured mode
 * ({@code application/cloudevents+json}), signed as Standard Webhooks says. Redirects are not
 * followed (they could lead inside), and the address is checked again before each call.
 */
@ApplicationScoped
public class Callbacks {

    /** The event, as it goes to a callback. */
    public record Event(String id, String source, String type, String subject, OffsetDateTime time, String data) {
    }

    /** What came of a call: the HTTP status (0: none), and why it failed, if it did. */
    public record Outcome(int status, String error) {

        boolean delivered() {
            return error == null;
        }
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final CallbackGuard guard;
    private final SubscriptionSettings settings;

    @Inject
    public Callbacks(ObjectMapper json, CallbackGuard guard, SubscriptionSettings settings) {
        this.json = json;
        this.guard = guard;
        this.settings = settings;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.timeout())
                .build();
    }

    public Outcome call(String callbackUrl, String secret, Event event) {
        String refusal = guard.refusal(callbackUrl);
        if (refusal != null) {
            return new Outcome(0, "the callback " + refusal);
        }
        try {
            byte[] body = body(event);
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(callbackUrl)).timeout(settings.timeout())
                    .header("Content-Type", "application/cloudevents+json")
                    .header("User-Agent", "Viaduc-Webhooks/1.0")
                    .header("webhook-id", event.id())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(secret, event.id(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            // the request timeout ends once headers arrive: the whole exchange, body included, gets a deadline
            CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            try {
                int status = exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS).statusCode();
                return status >= 200 && status < 300 ? new Outcome(status, null)
                        : new Outcome(status, "the callback answered " + status);
            } catch (TimeoutException e) {
                exchange.cancel(true);
                return new Outcome(0, "the callback took longer than " + settings.timeout().toSeconds() + " s");
            } catch (ExecutionException e) {
                return new Outcome(0, "the callback could not be reached: " + e.getCause().getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted");
        } catch (IOException | RuntimeException e) {
            // anything else still counts as an attempt: the delivery dies in the end instead of blocking its subject
            return new Outcome(0, "the call failed: " + e);
        }
    }

    private byte[] body(Event event) throws JsonProcessingException {
        ObjectNode cloudEvent = json.createObjectNode();
        cloudEvent.put("specversion", "1.0");
        cloudEvent.put("id", event.id());
        cloudEvent.put("source", event.source());
        cloudEvent.put("type", event.type());
        cloudEvent.put("subject", event.subject());
        cloudEvent.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.time()));
        cloudEvent.put("datacontenttype", "application/json");
        cloudEvent.set("data", json.readTree(event.data()));
        return json.writeValueAsBytes(cloudEvent);
    }
}
