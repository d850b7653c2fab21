package eu.viaduc.members.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.testing.TestTokens;

/** A client polling a read sends the ETag it has: unchanged answers cost a 304 and no body. */
@QuarkusTest
class ConditionalGetTest {

    @Test
    void aSearchAnswersNotModifiedUntilWhatItFindsChanges() {
        String word = "poll" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        register("Atelier " + word);
        String url = "/api/v1/organisations?q=" + word;
        String etag = given().get(url).then().statusCode(200).header("Cache-Control", "private, no-cache")
                .body("total", equalTo(1)).extract().header("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");

        given().header("If-None-Match", etag).get(url).then().statusCode(304).body(emptyString());
        given().header("If-None-Match", "W/" + etag + ", \"other\"").get(url).then().statusCode(304);

        register("Filature " + word);
        String changed = given().header("If-None-Match", etag).get(url).then().statusCode(200)
                .body("total", equalTo(2)).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
    }

    @Test
    void aResourceKeepsItsVersionAsItsETag() {
        String id = register("Atelier Versionné");
        given().get("/api/v1/organisations/" + id).then().statusCode(200).header("ETag", "\"0\"");
        given().header("If-None-Match", "\"0\"").get("/api/v1/organisations/" + id).then().statusCode(304);
        given().header("If-None-Match", "\"7\"").get("/api/v1/organisations/" + id).then().statusCode(200)
                .body("name", equalTo("Atelier Versionné"));
    }

    private static String register(String name) {
        return given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "MICRO", "country", "FR", "competences", List.of("embroidery")))
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }
}
