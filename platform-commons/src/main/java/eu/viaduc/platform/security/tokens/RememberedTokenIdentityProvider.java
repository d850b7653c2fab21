package eu.viaduc.platform.security.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;

/**
 * Asked before OIDC's own provider: a bearer token verified lately gets the identity it gave then
 * ({@link VerifiedTokens}); any other token gets nothing here, and OIDC verifies it.
 */
@ApplicationScoped
public class RememberedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens verifiedTokens;

    @Inject
    public RememberedTokenIdentityProvider(VerifiedTokens verifiedTokens) {
        this.verifiedTokens = verifiedTokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        // providers are asked from the highest priority down; OIDC's has the default
        return SYSTEM_FIRST + 1_000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential bearer)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(verifiedTokens.find(bearer.getToken(), HttpSecurityUtils.getRoutingContextAttribute(request)));
    }
}
