package eu.viaduc.members.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.testing.TestTokens;

/** A phone lists organisations as cards: the same search, a few fields, one short text in the reader's language. */
@QuarkusTest
class OrganisationCardsTest {

    @Test
    void cardsFollowTheReadersLanguageAndWeighAFractionOfTheProfiles() {
        String word = "card" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String french = "Atelier de tissage jacquard à Roubaix, " + "spécialisé dans les tissus techniques recyclés ".repeat(8);
        given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON)
                .body(Map.of("name", "Tissages " + word, "type", "SME", "country", "FR", "city", "Roubaix",
                        "competences", List.of("weaving"), "keywords", List.of(word),
                        "descriptions", Map.of("fr", french, "en", "A jacquard weaving mill in Roubaix."),
                        "offers", Map.of("fr", "Tissage ".repeat(200), "en", "Weaving ".repeat(200))))
                .post("/api/v1/organisations").then().statusCode(201);

        String card = given().header("Accept-Language", "fr-BE, en;q=0.5").get("/api/v1/organisations/cards?q=" + word)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("Tissages " + word))
                .body("items[0].city", equalTo("Roubaix")).body("items[0].competences", equalTo(List.of("weaving")))
                .body("items[0].language", equalTo("fr")).extract().asString();
        String description = given().header("Accept-Language", "fr").get("/api/v1/organisations/cards?q=" + word)
                .then().extract().path("items[0].description");
        assertThat(description).startsWith("Atelier de tissage jacquard").endsWith("…").hasSizeLessThanOrEqualTo(200);
        given().header("Accept-Language", "de").get("/api/v1/organisations/cards?q=" + word).then()
                .body("items[0].language", equalTo("en")).body("items[0].description", equalTo("A jacquard weaving mill in Roubaix."));

        String profile = given().get("/api/v1/organisations?q=" + word).then().statusCode(200).extract().asString();
        assertThat(card.length()).isLessThan(profile.length() / 4);
    }
}
