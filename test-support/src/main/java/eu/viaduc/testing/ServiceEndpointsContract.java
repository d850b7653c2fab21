package eu.viaduc.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What every Viaduc service serves without a token: health, readiness that covers the database
 * and Kafka, its OpenAPI document and Swagger UI; and an unknown path is a problem+json 404.
 * A service's test class extends this and is annotated {@code @QuarkusTest}.
 */
public abstract class ServiceEndpointsContract {

    @Test
    void readinessCoversTheSchemaTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("database-schema", "Database connections health check",
                        "Kafka connection health check"));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiIsServedWithTheBearerSecurityScheme() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", notNullValue())
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void anUnknownPathIsAProblemDocument() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }
}
