package eu.viaduc.platform.security.tokens;

import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * The access tokens whose signature and claims OIDC verified lately, each with the identity it gave. An app
 * sends the same token with every call until it expires; verifying it again each time (parsing it, an RSA
 * signature check) was a third of matchmaking's CPU for a repeated authenticated read. A token is trusted
 * this way until it expires and for a minute at most, so that a signing key withdrawn from the realm stops
 * being honoured within a minute. The key is the whole token: a token changed in any byte is another key,
 * and OIDC verifies it.
 */
@ApplicationScoped
public class VerifiedTokens {

    static final long TRUSTED_FOR_MILLIS = 60_000;
    /**
     * Bounds the memory (an identity with its token and claims is a few kB): once this many tokens verified
     * within the last minute are remembered, further ones are verified at each call.
     */
    static final int MAX_TOKENS = 1_000;
    /** What ties an identity to the request that carried it: never kept, set anew for each request. */
    private static final String[] REQUEST_ATTRIBUTES = {
            RoutingContext.class.getName(), AuthenticationRequestContext.class.getName() };

    private final ConcurrentHashMap<String, Verified> byToken = new ConcurrentHashMap<>();

    /** The identity {@code token} gave when it was verified, for this request; null when it must be verified. */
    SecurityIdentity find(String token, RoutingContext request) {
        Verified verified = byToken.get(token);
        if (verified == null) {
            return null;
        }
        if (verified.until() <= System.currentTimeMillis()) {
            byToken.remove(token, verified);
            return null;
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified.identity());
        if (request != null) {
            // as OIDC sets them on the identities it makes
            identity.addAttribute(RoutingContext.class.getName(), request);
            identity.addAttribute(AuthenticationRequestContext.class.getName(),
                    request.get(AuthenticationRequestContext.class.getName()));
        }
        return identity.build();
    }

    /** Remembers the identity OIDC made of a token it verified, without what ties it to its request. */
    void remember(String token, SecurityIdentity identity) {
        long now = System.currentTimeMillis();
        long until = Math.min(now + TRUSTED_FOR_MILLIS, expiryMillis(identity));
        if (until <= now || byToken.containsKey(token)) {
            return;
        }
        if (byToken.size() >= MAX_TOKENS) {
            byToken.values().removeIf(verified -> verified.until() <= now);
            if (byToken.size() >= MAX_TOKENS) {
                return;
            }
        }
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder(identity);
        for (String attribute : REQUEST_ATTRIBUTES) {
            kept.addAttribute(attribute, null);
        }
        byToken.putIfAbsent(token, new Verified(kept.build(), until));
    }

    /** The token's expiry; 0 (not remembered) for an identity that does not say it. */
    private static long expiryMillis(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getExpirationTime() * 1000 : 0;
    }

    private record Verified(SecurityIdentity identity, long until) {
    }
}
