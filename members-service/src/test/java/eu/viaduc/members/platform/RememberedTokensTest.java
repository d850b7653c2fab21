package eu.viaduc.members.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;

/**
 * A bearer token verified once is honoured from memory on the next calls (platform-commons'
 * VerifiedTokens): what a caller gets must stay exactly what verifying the token each time gives.
 */
@QuarkusTest
class RememberedTokensTest {

    @Test
    void aTokenIsHonouredUntilItExpiresAndNotAfter() {
        String subject = UUID.randomUUID().toString();
        String token = TestTokens.personUntil(subject, Instant.now().plusSeconds(4));
        for (int call = 0; call < 3; call++) {
            me(token).then().statusCode(200).body("subject", equalTo(subject));
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> me(token).statusCode() == 401);
    }

    @Test
    void eachTokenStaysItsOwnPerson() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String firstToken = TestTokens.person(first);
        String secondToken = TestTokens.person(second);
        for (int call = 0; call < 3; call++) {
            me(firstToken).then().statusCode(200).body("subject", equalTo(first));
            me(secondToken).then().statusCode(200).body("subject", equalTo(second));
        }
    }

    @Test
    void aTokenChangedInItsSignatureIsRefusedAfterTheGenuineOneWasHonoured() {
        String token = TestTokens.person();
        me(token).then().statusCode(200);
        me(token).then().statusCode(200);
        // within the signature (its last character also holds padding bits a decoder may ignore)
        int at = token.length() - 10;
        String tampered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        me(tampered).then().statusCode(401).contentType("application/problem+json");
        me(token).then().statusCode(200);
    }

    @Test
    void theRolesOfARememberedTokenStillDecide() {
        String partner = TestTokens.forRole(Roles.PARTNER_APP);
        String admin = TestTokens.forRole(Roles.PLATFORM_ADMIN);
        for (int call = 0; call < 2; call++) {
            register(partner).then().statusCode(403);
            register(admin).then().statusCode(201);
        }
    }

    private static io.restassured.response.Response me(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/me");
    }

    private static io.restassured.response.Response register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"name": "Remembered Ltd %s", "type": "LARGE", "country": "IE", "competences": []}"""
                        .formatted(UUID.randomUUID()))
                .when().post("/api/v1/organisations");
    }
}
