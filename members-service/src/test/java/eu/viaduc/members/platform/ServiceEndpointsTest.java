package eu.viaduc.members.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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
}
