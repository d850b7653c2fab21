package eu.viaduc.matchmaking.candidate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;

/** Candidates are for signed-in Viaduc users and partner apps only. */
@QuarkusTest
class CandidateSecurityTest {

    @Test
    void withoutATokenItIsUnauthorized() {
        given().queryParam("competence", "weaving").when().get("/api/v1/candidates")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthorized() {
        given().auth().oauth2(TestTokens.signedByStranger(Roles.PARTNER_APP))
                .queryParam("competence", "weaving").when().get("/api/v1/candidates")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIsUnauthorized() {
        given().auth().oauth2(TestTokens.forAnotherClient())
                .queryParam("competence", "weaving").when().get("/api/v1/candidates")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { Roles.PLATFORM_ADMIN, Roles.PARTNER_APP })
    void globalRolesMaySearch(String role) {
        given().auth().oauth2(TestTokens.forRole(role))
                .queryParam("competence", "weaving").when().get("/api/v1/candidates")
                .then().statusCode(200).body("page", equalTo(0));
    }

    @Test
    void anySignedInPersonMaySearch() {
        given().auth().oauth2(TestTokens.person())
                .queryParam("competence", "weaving").when().get("/api/v1/candidates")
                .then().statusCode(200).body("page", equalTo(0));
    }

    @Test
    void invalidQueryParametersAreNamed() {
        given().auth().oauth2(TestTokens.person())
                .queryParam("competence", " ").queryParam("size", 5000).queryParam("country", "Bulgaria")
                .when().get("/api/v1/candidates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("competence"))
                .body("violations.field", hasItem("size"))
                .body("violations.field", hasItem("country"));
    }
}
