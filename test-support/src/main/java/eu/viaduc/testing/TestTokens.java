package eu.viaduc.testing;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed access tokens for tests. {@link #forRole} tokens are signed with the key whose
 * public half the test OIDC server ({@code OidcWiremockTestResource}) publishes, so services
 * verify them exactly as they verify Keycloak's. {@link #signedByStranger} tokens look the same
 * but carry another key's signature.
 */
public final class TestTokens {

    /** The issuer the test OIDC server announces. */
    public static final String ISSUER = "https://server.example.com";
    /** Claim naming the organisation a user belongs to. */
    public static final String ORGANISATION_CLAIM = "viaduc_org";
    /** Claim listing the clusters a user manages. */
    public static final String MANAGED_CLUSTERS_CLAIM = "viaduc_clusters";

    private TestTokens() {
    }

    public static String forRole(String role) {
        return claims(role, null, List.of()).jws().keyId("1").sign("privateKey.jwk");
    }

    public static String forMember(String role, UUID organisation, List<UUID> managedClusters) {
        return claims(role, organisation, managedClusters).jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token of a known user (its subject), such as one listed among an alliance's managers. */
    public static String forUser(String subject, String role) {
        return claims(role, null, List.of()).subject(subject).jws().keyId("1").sign("privateKey.jwk");
    }

    public static String signedByStranger(String role) {
        return claims(role, null, List.of()).jws().keyId("1").sign(strangerKey());
    }

    public static String expired(String role) {
        return claims(role, null, List.of())
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1)))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    private static JwtClaimsBuilder claims(String role, UUID organisation, List<UUID> managedClusters) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(UUID.randomUUID().toString())
                .preferredUserName(role + "-user")
                .groups(Set.of(role))
                .expiresIn(Duration.ofMinutes(10));
        if (organisation != null) {
            claims.claim(ORGANISATION_CLAIM, organisation.toString());
        }
        if (!managedClusters.isEmpty()) {
            claims.claim(MANAGED_CLUSTERS_CLAIM, managedClusters.stream().map(UUID::toString).toList());
        }
        return claims;
    }

    private static PrivateKey strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
