package eu.viaduc.platform.rest;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Request bodies are limited per route: {@code viaduc.http.max-body-size} (1 MB) everywhere, and the
 * larger {@code quarkus.http.limits.max-body-size} only on the paths that
 * {@code viaduc.http.large-body-paths} names (members-service's member file). A larger declared body
 * is refused before it is read, with a problem naming the limit.
 */
@ApplicationScoped
public class BodyLimits {

    private final long maxBodyBytes;
    private final Optional<Pattern> largeBodyPaths;

    public BodyLimits(@ConfigProperty(name = "viaduc.http.max-body-size", defaultValue = "1M") MemorySize maxBodySize,
            @ConfigProperty(name = "viaduc.http.large-body-paths") Optional<String> largeBodyPaths) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.largeBodyPaths = largeBodyPaths.map(Pattern::compile);
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isLong(length) && Long.parseLong(length) > maxBodyBytes
                    && largeBodyPaths.map(paths -> !paths.matcher(context.request().path()).matches()).orElse(true)) {
                String path = context.request().path();
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"https://viaduc.eu/problems/payload-too-large\",\"title\":\"Payload Too Large\","
                                + "\"status\":413,\"detail\":\"request bodies are limited to " + maxBodyBytes + " bytes on "
                                + "this path\",\"instance\":\"" + path.replace("\"", "%22") + "\"}");
                return;
            }
            context.next();
        });
    }

    private static boolean isLong(String text) {
        return !text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit);
    }
}
