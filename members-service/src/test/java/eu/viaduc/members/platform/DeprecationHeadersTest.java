package eu.viaduc.members.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A deprecated operation still answers, and says when it goes and what replaces it; the others say nothing. */
@QuarkusTest
class DeprecationHeadersTest {

    @Test
    void aDeprecatedOperationAnnouncesItsSunsetAndSuccessor() {
        given().get("/api/v1/deprecation-probe").then().statusCode(200)
                .body(equalTo("still answering"))
                .header("Deprecation", "@1801353600")
                .header("Sunset", "Sat, 31 Jul 2027 00:00:00 GMT")
                .header("Link", "</api/v2/deprecation-probe>; rel=\"successor-version\"");
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/deprecation-probe'.get.deprecated", equalTo(true));
    }

    @Test
    void anOperationThatStaysCarriesNoDeprecationHeaders() {
        given().get("/api/v1/deprecation-probe/current").then().statusCode(200)
                .header("Deprecation", nullValue()).header("Sunset", nullValue());
    }
}
