package eu.viaduc.members.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.members.MembersApi;

/** Operators see the backbone in Prometheus' format at /q/metrics: the outbox's backlog, its age, what it published. */
@QuarkusTest
class MetricsTest {

    @Test
    void theOutboxMetricsShowWhatWasPublishedAndWhatWaits() {
        // HTTP latencies appear once the API has answered a request
        given().when().get("/api/v1/taxonomies/countries").then().statusCode(200);
        String before = metrics();
        assertThat(before).contains("viaduc_outbox_backlog", "viaduc_outbox_oldest_age_seconds", "viaduc_outbox_set_aside",
                "http_server_requests_seconds");
        double publishedBefore = value(before, "viaduc_outbox_published_total");
        MembersApi.organisation("Measured BV", "SME", "NL");
        // its registration and its first ADMIN's affiliation
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> value(metrics(), "viaduc_outbox_published_total") >= publishedBefore + 2);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> value(metrics(), "viaduc_outbox_backlog") == 0);
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.Ee+-]+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(2)) : 0;
    }
}
