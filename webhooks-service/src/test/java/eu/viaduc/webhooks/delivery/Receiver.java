package eu.viaduc.webhooks.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's callback, as a partner would write it from the Standard Webhooks specification (not from
 * Viaduc's code): it checks each request's signature and timestamp with the subscription's secret and
 * keeps what it was sent. It can be told to fail the next requests, or every request, with 5xx.
 */
final class Receiver implements AutoCloseable {

    /** One request the callback took, with whether its signature held. */
    record Received(String id, String contentType, boolean signatureValid, JsonNode event) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger failuresToGive = new AtomicInteger();
    private volatile boolean failingAll;
    private volatile String secret;

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void useSecret(String secret) {
        this.secret = secret;
    }

    void failNext(int requests) {
        failuresToGive.set(requests);
    }

    void failAll(boolean failing) {
        this.failingAll = failing;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (failingAll || failuresToGive.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        boolean valid = verifies(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"), body);
        synchronized (this) {
            received.add(new Received(id, exchange.getRequestHeaders().getFirst("Content-Type"), valid, JSON.readTree(body)));
        }
        exchange.sendResponseHeaders(valid ? 204 : 400, -1);
        exchange.close();
    }

    /** HMAC-SHA256 of "id.timestamp.body" with the base64 key after whsec_, among the space-separated v1 signatures. */
    private boolean verifies(String id, String timestamp, String signatures, byte[] body) {
        if (id == null || timestamp == null || signatures == null || secret == null) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false; // too old or from the future: a replayed capture
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
            for (String signature : signatures.split(" ")) {
                if (signature.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
