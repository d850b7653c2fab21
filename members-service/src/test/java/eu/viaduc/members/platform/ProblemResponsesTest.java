package eu.viaduc.members.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import eu.viaduc.testing.TestTokens;

/** Every client mistake is a 4xx problem+json that names what is wrong, never a stack trace. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void aBodyOver1MbIsA413ProblemExceptOnTheMemberFileRoute() {
        String large = "x".repeat(1_500_000);
        given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON).body("{\"name\": \"" + large + "\"}")
                .when().post("/api/v1/organisations").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("1048576 bytes"));
        // the member file may be 20 MB: this one reaches the resource, which finds no such cluster
        given().auth().oauth2(eu.viaduc.members.MembersApi.ADMIN).contentType("text/csv")
                .body("name,type,country\n" + "Big Ltd,SME,FR,".repeat(100_000))
                .when().post("/api/v1/clusters/" + java.util.UUID.randomUUID() + "/member-file").then().statusCode(404);
    }

    @Test
    void malformedJson() {
        post("{\"name\": \"Broken\", ").statusCode(400)
                .body("title", equalTo("Malformed JSON"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void missingRequiredField() {
        post("""
                {"type": "SME", "country": "FR", "competences": []}""").statusCode(400)
                .body("violations.field", hasItem("name"))
                .body("detail", containsString("name"));
    }

    @Test
    void badEnumValue() {
        post("""
                {"name": "Enum Ltd", "type": "GIANT", "country": "FR", "competences": []}""").statusCode(400)
                .body("violations[0].field", equalTo("type"))
                .body("violations[0].message", containsString("SME"))
                .body("violations[0].message", containsString("GIANT"));
    }

    @Test
    void unknownCountry() {
        post("""
                {"name": "Nowhere Ltd", "type": "SME", "country": "XX", "competences": []}""").statusCode(400)
                .body("violations[0].field", equalTo("country"));
    }

    @Test
    void blankCompetenceIsNamedWithItsIndex() {
        post("""
                {"name": "Blank Ltd", "type": "SME", "country": "FR", "competences": ["ok", " "]}""").statusCode(400)
                .body("violations.field", hasItem("competences[1]"));
    }

    @Test
    void wrongFieldType() {
        post("""
                {"name": "List Ltd", "type": "SME", "country": "FR", "competences": "not-a-list"}""").statusCode(400)
                .body("violations[0].field", equalTo("competences"));
    }

    @Test
    void unknownPath() {
        problem(given().auth().oauth2(TestTokens.person()).when().get("/api/v1/no-such-thing").then())
                .statusCode(404)
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void wrongMediaType() {
        problem(given().auth().oauth2(TestTokens.person())
                .contentType(ContentType.TEXT).body("name=Plain")
                .when().post("/api/v1/organisations").then())
                .statusCode(415);
    }

    @Test
    void wrongMethod() {
        problem(given().when().delete("/api/v1/organisations").then()).statusCode(405);
    }

    private static ValidatableResponse post(String body) {
        return problem(given().auth().oauth2(TestTokens.person())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organisations").then());
    }

    private static ValidatableResponse problem(ValidatableResponse response) {
        return response.contentType("application/problem+json")
                .body("type", containsString("/problems/"))
                .body("title", not(equalTo(null)))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }
}
