package eu.viaduc.members.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.testing.ServiceEndpointsContract;

@QuarkusTest
class ServiceEndpointsTest extends ServiceEndpointsContract {

    @Test
    void openApiNamesEveryOperation() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/organisations'.post.operationId", equalTo("registerOrganisation"))
                .body("paths.'/api/v1/organisations/{id}'.get.operationId", equalTo("getOrganisation"));
    }

    @Test
    void openApiDocumentsTheProblemResponsesOfEveryOperation() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/organisations'.post.responses.keySet()", hasItems("201", "400", "401", "403", "500"))
                .body("paths.'/api/v1/organisations'.post.responses.'401'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/organisations/{id}'.get.responses.keySet()", hasItems("200", "400", "404", "500"))
                .body("paths.'/api/v1/organisations/{id}'.get.responses.'404'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/organisations/{id}'.get.responses.keySet()", not(hasItems("401")));
    }

    @Test
    void openApiMarksEveryResponseFieldPresentAndSaysWhichMayBeNull() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                // always in the answer: a strict client needs no non-null assertion
                .body("components.schemas.Organisation.required", hasItems("id", "name", "competences", "city", "website"))
                .body("components.schemas.PageOrganisationView.required", hasItems("items", "page", "size", "total"))
                // in the answer, possibly null: typed T | null
                .body("components.schemas.Organisation.properties.city.type", hasItems("string", "null"))
                .body("components.schemas.Organisation.properties.name.type", equalTo("string"))
                .body("components.schemas.JoinRequest.properties.decidedAt.type", hasItems("string", "null"))
                // the request body keeps its own rule: what the client must send
                .body("components.schemas.OrganisationProfile.required", not(hasItems("city")))
                // a problem leaves its empty fields out
                .body("components.schemas.Problem.required", equalTo(List.of("type", "title", "status")))
                .body("paths.'/api/v1/organisations/map'.get.responses.'200'.content.'application/geo+json'.schema.$ref",
                        equalTo("#/components/schemas/OrganisationMap"));
    }
}
