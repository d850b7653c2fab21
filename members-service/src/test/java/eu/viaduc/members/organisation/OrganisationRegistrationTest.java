package eu.viaduc.members.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

@QuarkusTest
class OrganisationRegistrationTest {

    @Inject
    EventSchemas schemas;
    @Inject
    ObjectMapper mapper;

    @Test
    void registeredOrganisationCanBeReadBackAnonymously() {
        String location = given().auth().oauth2(TestTokens.person())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "  Baltic Weavers ApS ", "type": "SME", "country": "DK",
                         "competences": ["Weaving", "weaving", " textile-recycling "]}""")
                .when().post("/api/v1/organisations")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/organisations/[0-9a-f-]{36}"))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("name", equalTo("Baltic Weavers ApS"))
                .body("type", equalTo("SME"))
                .body("country", equalTo("DK"))
                .body("competences", contains("weaving", "textile-recycling"));
    }

    @Test
    void registrationPublishesAContractConformingCloudEventKeyedByTheOrganisation() throws Exception {
        try (TopicProbe topic = TopicProbe.reading(OrganisationEvents.TOPIC)) {
            String id = given().auth().oauth2(TestTokens.person())
                    .contentType(ContentType.JSON)
                    .body("""
                            {"name": "Atelier Lumière", "type": "MICRO", "country": "FR", "competences": ["embroidery"]}""")
                    .when().post("/api/v1/organisations")
                    .then().statusCode(201).extract().path("id");

            ConsumerRecord<String, String> record = topic.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(30));

            assertThat(TopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicProbe.header(record, "ce_type")).isEqualTo(OrganisationEvents.REGISTERED_V2);
            assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/viaduc/members-service");
            assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo(id);
            assertThat(TopicProbe.header(record, "ce_id")).isNotBlank();
            assertThat(TopicProbe.header(record, "ce_time")).isNotBlank();
            assertThat(TopicProbe.header(record, "content-type")).isEqualTo("application/json");
            assertThat(schemas.violations(OrganisationEvents.REGISTERED_V2, record.value())).isEmpty();
            JsonNode data = mapper.readTree(record.value());
            assertThat(data.get("organisationId").asText()).isEqualTo(id);
            assertThat(data.get("name").asText()).isEqualTo("Atelier Lumière");
            assertThat(mapper.convertValue(data.get("competences"), List.class)).containsExactly("embroidery");
        }
    }

    @Test
    void unknownOrganisationIsANotFoundProblem() {
        given().when().get("/api/v1/organisations/7b6f0e0a-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("no organisation with id 7b6f0e0a-0000-4000-8000-000000000000"));
    }
}
