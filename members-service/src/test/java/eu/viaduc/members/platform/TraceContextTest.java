package eu.viaduc.members.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** The trace context and request id of a request travel in the events it causes (CloudEvents' tracing extension). */
@QuarkusTest
class TraceContextTest {

    @Test
    void anEventCarriesTheTraceAndRequestIdOfTheRequestThatCausedIt() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String requestId = "req-" + UUID.randomUUID();
        try (TopicProbe topic = TopicProbe.reading(OrganisationEvents.TOPIC)) {
            String id = given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON)
                    .header("traceparent", "00-" + traceId + "-0123456789abcdef-01").header("X-Request-Id", requestId)
                    .body(Map.of("name", "Traced GmbH", "type", "SME", "country", "DE"))
                    .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
            ConsumerRecord<String, String> event = topic.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(30));
            // the service's own span, in the caller's trace
            assertThat(TopicProbe.header(event, "ce_traceparent")).startsWith("00-" + traceId + "-")
                    .doesNotContain("0123456789abcdef");
            assertThat(TopicProbe.header(event, "traceparent")).isEqualTo(TopicProbe.header(event, "ce_traceparent"));
            assertThat(TopicProbe.header(event, "ce_requestid")).isEqualTo(requestId);
        }
    }
}
