package eu.viaduc.matchmaking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.testing.ServiceEndpointsContract;

@QuarkusTest
class ServiceEndpointsTest extends ServiceEndpointsContract {

    @Test
    void readinessCoversTheEventChannel() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void openApiNamesEveryOperation() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/candidates'.get.operationId", equalTo("findCandidates"))
                .body("paths.'/api/v1/competences/{competence}/supply'.get.operationId", equalTo("getCompetenceSupply"));
    }
}
