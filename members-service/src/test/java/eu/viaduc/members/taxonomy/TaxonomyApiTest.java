package eu.viaduc.members.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The code lists are readable by anyone, filterable, and cacheable. */
@QuarkusTest
class TaxonomyApiTest {

    @Test
    void countriesNutsNaceAndCompetencesCanBeRead() {
        given().when().get("/api/v1/taxonomies/countries").then().statusCode(200)
                .header("Cache-Control", "max-age=86400")
                .body("code", hasItem("BG")).body("size()", greaterThan(240));
        given().queryParam("country", "GR").queryParam("level", 1).when().get("/api/v1/taxonomies/nuts-regions")
                .then().statusCode(200).body("code", hasItem("EL3")).body("level", everyItem(equalTo(1)));
        given().queryParam("section", "C").queryParam("level", "division").when().get("/api/v1/taxonomies/nace-codes")
                .then().statusCode(200).body("code", hasItem("13")).body("section", everyItem(equalTo("C")));
        given().when().get("/api/v1/taxonomies/competences").then().statusCode(200)
                .body("find { it.id == 'technical-textiles' }.labels.fr", equalTo("Textiles techniques"));
    }

    @Test
    void badFiltersAreA400() {
        given().queryParam("level", 7).when().get("/api/v1/taxonomies/nuts-regions").then().statusCode(400)
                .body("violations[0].field", equalTo("level"));
        given().queryParam("section", "Z").when().get("/api/v1/taxonomies/nace-codes").then().statusCode(400)
                .body("violations[0].field", equalTo("section"));
    }
}
