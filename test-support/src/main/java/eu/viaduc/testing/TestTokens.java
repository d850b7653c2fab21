package eu.viaduc.testing;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed access tokens for tests, signed with the key whose public half the test OIDC server
 * ({@code OidcWiremockTestResource}) publishes, so services verify them exactly as they verify
 * Keycloak's. A token says who the person is and their global roles, never what they act for:
 * affiliations are Viaduc's data, arranged through the API.
 */
public final class TestTokens {

    /** The issuer the test OIDC server announces. */
    public static final String ISSUER = "https://server.example.com";
    /** The audience Viaduc's services accept (quarkus.oidc.token.audience). */
    public static final String AUDIENCE = "viaduc-api";

    private TestTokens() {
    }

    /** A person nobody has heard of: signed in, affiliated to nothing. */
    public static String person() {
        return person(UUID.randomUUID().toString());
    }

    /** The token of a known person (by subject), whose e-mail address is {@link #emailOf}. */
    public static String person(String subject) {
        return sign(claims(subject, null));
    }

    /** Every test person's e-mail address, derived from their subject. */
    public static String emailOf(String subject) {
        return subject + "@people.test";
    }

    /** Every test person's name (the token's name claim), derived from their subject. */
    public static String nameOf(String subject) {
        return "Person " + subject.substring(0, Math.min(8, subject.length()));
    }

    /** A token with a global role: {@code platform-admin} or {@code partner-app}. */
    public static String forRole(String role) {
        return sign(claims(UUID.randomUUID().toString(), role));
    }

    /** A valid signature, but issued to another client of the realm: not meant for Viaduc. */
    public static String forAnotherClient() {
        return claims(UUID.randomUUID().toString(), null).audience("another-app").jws().keyId("1").sign("privateKey.jwk");
    }

    public static String signedByStranger(String role) {
        return claims(UUID.randomUUID().toString(), role).audience(AUDIENCE).jws().keyId("1").sign(strangerKey());
    }

    /** The token of a known person (by subject) that expires at {@code expiresAt}. */
    public static String personUntil(String subject, Instant expiresAt) {
        return sign(claims(subject, null).expiresAt(expiresAt));
    }

    public static String expired(String role) {
        return claims(UUID.randomUUID().toString(), role).audience(AUDIENCE)
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1)))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.audience(AUDIENCE).jws().keyId("1").sign("privateKey.jwk");
    }

    private static JwtClaimsBuilder claims(String subject, String role) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .preferredUserName("user-" + subject.substring(0, Math.min(8, subject.length())))
                .claim("name", nameOf(subject))
                .claim("email", emailOf(subject))
                .expiresIn(Duration.ofMinutes(30));
        return role == null ? claims.groups(Set.of()) : claims.groups(Set.of(role));
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
