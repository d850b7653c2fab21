package eu.viaduc.platform.security.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Sees every identity a provider made, before any other augmentor adds to it, and remembers those of
 * bearer tokens ({@link VerifiedTokens}). It changes nothing.
 */
@ApplicationScoped
public class RememberVerifiedTokens implements SecurityIdentityAugmentor {

    private final VerifiedTokens verifiedTokens;

    @Inject
    public RememberVerifiedTokens(VerifiedTokens verifiedTokens) {
        this.verifiedTokens = verifiedTokens;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential bearer = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (bearer != null) {
            verifiedTokens.remember(bearer.getToken(), identity);
        }
        return Uni.createFrom().item(identity);
    }
}
