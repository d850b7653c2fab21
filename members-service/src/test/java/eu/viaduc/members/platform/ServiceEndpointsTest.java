package eu.viaduc.members.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

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
}
