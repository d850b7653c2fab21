package eu.viaduc.members.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;

/** Who may register an organisation, with real signed tokens checked against the OIDC keys. */
@QuarkusTest
class OrganisationSecurityTest {

    private static final String BODY = """
            {"name": "Guarded Ltd", "type": "LARGE", "country": "IE", "competences": []}""";

    @Test
    void withoutATokenItIsUnauthorized() {
        register(given()).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthorized() {
        register(given().auth().oauth2(TestTokens.signedByStranger(Roles.PLATFORM_ADMIN)))
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        register(given().auth().oauth2(TestTokens.expired(Roles.PLATFORM_ADMIN)))
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIsUnauthorized() {
        register(given().auth().oauth2(TestTokens.forAnotherClient()))
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aPartnerAppIsNoPersonAndRegistersNothing() {
        register(given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_APP)))
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void anySignedInPersonAndPlatformAdminsRegister() {
        register(given().auth().oauth2(TestTokens.person())).then().statusCode(201);
        register(given().auth().oauth2(TestTokens.forRole(Roles.PLATFORM_ADMIN))).then().statusCode(201);
    }

    @Test
    void publicProfilesAreReadableWithoutAToken() {
        String id = register(given().auth().oauth2(TestTokens.person()))
                .then().statusCode(201).extract().path("id");
        given().when().get("/api/v1/organisations/" + id).then().statusCode(200);
    }

    private static io.restassured.response.Response register(RequestSpecification request) {
        return request.contentType(ContentType.JSON).body(BODY).when().post("/api/v1/organisations");
    }
}
