package eu.viaduc.exchange.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.testing.MembersWorld;
import eu.viaduc.exchange.ProgrammeWorld;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** An exchange from application to closing, every move an event, the KPIs following. */
@QuarkusTest
class ExchangeLifecycleTest {

    private static final String STATE_CHANGED = "eu.viaduc.exchange.exchange.state-changed.v1";

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    @Inject
    EventSchemas schemas;

    @Test
    void aPersonListsTheExchangesOfTheirOrganisationsAndNoOthers() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        UUID exchange = world.draft();

        given().auth().oauth2(TestTokens.person(world.visitorEditor)).get("/api/v1/exchanges").then().statusCode(200)
                .body("items.id", hasItem(exchange.toString()));
        given().auth().oauth2(TestTokens.person()).get("/api/v1/exchanges").then().statusCode(200)
                .body("items.id", not(hasItem(exchange.toString())));
    }

    @Test
    void anExchangeGoesFromApplicationToClosingAndEveryMoveIsAnEventTheKpisCount() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        UUID exchange = world.draft();
        String visitor = TestTokens.person(world.visitorEditor);
        String host = TestTokens.person(world.hostEditor);

        given().auth().oauth2(visitor).get("/api/v1/exchanges/" + exchange).then().statusCode(200)
                .body("state", equalTo("DRAFT")).body("category", equalTo("SME"))
                .body("workingDays", equalTo(5)).body("lumpSum.amount", equalTo(1100.0f))
                .body("lumpSum.halvedBecause", equalTo(List.of())).body("person.name", equalTo("Marta Puig"));
        ProgrammeWorld.move(visitor, exchange, "submission").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        world.move(exchange, "validation", world.bulgarianClusterManager).then().statusCode(200)
                .body("state", equalTo("VALIDATED"));
        ProgrammeWorld.move(host, exchange, "acceptance").then().statusCode(200).body("state", equalTo("MATCHED"));
        given().auth().oauth2(visitor).get("/api/v1/hosting-offers/" + world.offer).then().body("placesLeft", equalTo(4));
        ProgrammeWorld.move(visitor, exchange, "commitment").then().statusCode(200).body("state", equalTo("MATCHED"))
                .body("visitorSignedAt", org.hamcrest.Matchers.notNullValue()).body("hostSignedAt", nullValue());
        ProgrammeWorld.move(host, exchange, "commitment").then().statusCode(200).body("state", equalTo("AGREED"));
        given().auth().oauth2(visitor).contentType(ContentType.JSON)
                .body(Map.of("report", "Four days in the knitting lab", "outcomes", List.of("Joint prototype")))
                .post("/api/v1/exchanges/" + exchange + "/closing-report").then().statusCode(200)
                .body("state", equalTo("COMPLETED")).body("outcomes", equalTo(List.of("Joint prototype")));
        world.move(exchange, "report-validation", world.allianceManager).then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("history.to", equalTo(List.of("DRAFT", "SUBMITTED", "VALIDATED", "MATCHED", "AGREED", "COMPLETED",
                        "CLOSED")));

        try (TopicProbe topic = TopicProbe.reading("viaduc.exchange.exchanges")) {
            List<ConsumerRecord<String, String>> events = topic.awaitRecords(
                    record -> record.key().equals(exchange.toString()), 7, Duration.ofSeconds(30));
            assertThat(events).extracting(record -> TopicProbe.header(record, "ce_type")).containsOnly(STATE_CHANGED);
            assertThat(events).allSatisfy(record -> {
                assertThat(schemas.violations(STATE_CHANGED, record.value())).isEmpty();
                assertThat(record.value()).doesNotContain("Marta", "marta.puig");
            });
            assertThat(events).extracting(record -> MAPPER.readTree(record.value()).get("state").asText())
                    .containsExactly("DRAFT", "SUBMITTED", "VALIDATED", "MATCHED", "AGREED", "COMPLETED", "CLOSED");
        }

        String manager = TestTokens.person(world.allianceManager);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(manager)
                .get("/api/v1/programmes/" + world.programme + "/kpis").then().statusCode(200)
                .body("categories.find { it.category == 'SME' }.closed", equalTo(1)));
        given().auth().oauth2(manager).get("/api/v1/programmes/" + world.programme + "/kpis").then()
                .body("categories.find { it.category == 'SME' }.validated", equalTo(1))
                .body("categories.find { it.category == 'SME' }.target", equalTo(75))
                .body("countryPairs[0].visitorCountry", equalTo("BG")).body("countryPairs[0].hostCountry", equalTo("ES"))
                .body("valueChains[0].valueChain", equalTo("textile"))
                .body("budget.committed", equalTo(1100.0f)).body("budget.due", equalTo(1100.0f))
                .body("budget.remaining", equalTo(108900.0f)).body("averageStayWorkingDays", equalTo(5.0f))
                .body("stateDurations.state", hasItem("SUBMITTED"));
        given().auth().oauth2(manager).accept("text/csv").get("/api/v1/programmes/" + world.programme + "/kpis")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("category,SME,,closed,1")).body(containsString("countryPair,BG,ES,exchanges,1"));
        // a cluster manager of the alliance reads them too; a stranger does not
        given().auth().oauth2(TestTokens.person(world.spanishClusterManager))
                .get("/api/v1/programmes/" + world.programme + "/kpis").then().statusCode(200);
        given().auth().oauth2(TestTokens.person()).get("/api/v1/programmes/" + world.programme + "/kpis")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aMoveFromTheWrongStateIsAConflictNamingTheState() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        UUID exchange = world.draft();
        world.move(exchange, "validation", world.bulgarianClusterManager).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("the exchange is DRAFT"));
        world.move(exchange, "acceptance", world.hostEditor).then().statusCode(409)
                .body("detail", containsString("DRAFT"));
        world.move(exchange, "submission", world.visitorEditor).then().statusCode(200);
        world.move(exchange, "submission", world.visitorEditor).then().statusCode(409)
                .body("detail", containsString("the exchange is SUBMITTED"));
        world.move(exchange, "commitment", world.visitorEditor).then().statusCode(409)
                .body("detail", containsString("SUBMITTED"));
        // the host decides only once the cluster validated
        world.move(exchange, "rejection", world.hostEditor).then().statusCode(409)
                .body("detail", containsString("the visitor's cluster decides"));
        world.move(exchange, "rejection", world.bulgarianClusterManager).then().statusCode(200)
                .body("state", equalTo("REJECTED")).body("reason", equalTo("a reason"));
        world.move(exchange, "withdrawal", world.visitorEditor).then().statusCode(409)
                .body("detail", containsString("the exchange is REJECTED"));
    }

    @Test
    void theVisitorChangesItsDraftUnderTheSameRulesAndNotOnceSubmitted() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        UUID exchange = world.draft();
        Map<String, Object> change = new java.util.HashMap<>(Map.of("offerId", world.offer.toString(),
                "visitorOrganisationId", world.visitor.toString(), "startsOn", "2026-10-12", "endsOn", "2026-10-16",
                "objectives", "Learn yarn recovery, in autumn", "person", Map.of("name", "Ivan Petrov", "email", "ivan@example.com")));
        given().auth().oauth2(TestTokens.person(world.visitorEditor)).contentType(ContentType.JSON).body(change)
                .put("/api/v1/exchanges/" + exchange).then().statusCode(200).body("state", equalTo("DRAFT"))
                .body("workingDays", equalTo(4)).body("lumpSum.halvedBecause", equalTo(List.of("SHORT_STAY")))
                .body("person.name", equalTo("Ivan Petrov")).body("history.to", equalTo(List.of("DRAFT", "DRAFT")));
        given().auth().oauth2(TestTokens.person(world.hostEditor)).contentType(ContentType.JSON).body(change)
                .put("/api/v1/exchanges/" + exchange).then().statusCode(403);
        change.put("endsOn", "2026-10-30");
        given().auth().oauth2(TestTokens.person(world.visitorEditor)).contentType(ContentType.JSON).body(change)
                .put("/api/v1/exchanges/" + exchange).then().statusCode(400).body("violations.field", hasItem("endsOn"));
        change.put("endsOn", "2026-10-16");
        world.move(exchange, "submission", world.visitorEditor).then().statusCode(200);
        given().auth().oauth2(TestTokens.person(world.visitorEditor)).contentType(ContentType.JSON).body(change)
                .put("/api/v1/exchanges/" + exchange).then().statusCode(409).body("detail", containsString("SUBMITTED"));
    }

    @Test
    void aReasonIsNeededToRejectWithdrawOrCancel() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        UUID exchange = world.draft();
        given().auth().oauth2(TestTokens.person(world.visitorEditor)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/exchanges/" + exchange + "/withdrawal").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        world.move(exchange, "withdrawal", world.visitorEditor).then().statusCode(200).body("state", equalTo("WITHDRAWN"));
    }

    @Test
    void theClosingReportComesAfterTheStayAndWithdrawingAMatchedExchangeFreesTheHostsPlace() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        // Monday 7 to Friday 11 June 2027: in the programme, not yet over
        UUID exchange = UUID.fromString(world.apply("2027-06-07", "2027-06-11").then().statusCode(201)
                .extract().path("id"));
        world.move(exchange, "submission", world.visitorEditor).then().statusCode(200);
        world.move(exchange, "validation", world.bulgarianClusterManager).then().statusCode(200);
        world.move(exchange, "acceptance", world.hostEditor).then().statusCode(200);
        world.move(exchange, "commitment", world.visitorEditor).then().statusCode(200);
        world.move(exchange, "commitment", world.hostEditor).then().statusCode(200).body("state", equalTo("AGREED"));
        given().auth().oauth2(TestTokens.person(world.visitorEditor)).contentType(ContentType.JSON)
                .body(Map.of("report", "Too early", "outcomes", List.of("none")))
                .post("/api/v1/exchanges/" + exchange + "/closing-report").then().statusCode(409)
                .body("detail", containsString("the stay ends on 2027-06-11"));
        given().auth().oauth2(TestTokens.person(world.visitorEditor)).get("/api/v1/hosting-offers/" + world.offer)
                .then().body("placesLeft", equalTo(4));
        world.move(exchange, "withdrawal", world.visitorEditor).then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        given().auth().oauth2(TestTokens.person(world.visitorEditor)).get("/api/v1/hosting-offers/" + world.offer)
                .then().body("placesLeft", equalTo(5));
    }

    @Test
    void theVisitingPersonIsErasedWithTheContactOrTheOrganisationAndTheExchangeStaysForTheKpis() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        UUID contact = UUID.randomUUID();
        UUID exchange = UUID.fromString(given().auth().oauth2(TestTokens.person(world.visitorEditor))
                .contentType(ContentType.JSON)
                .body(Map.of("offerId", world.offer.toString(), "visitorOrganisationId", world.visitor.toString(),
                        "startsOn", "2026-06-08", "endsOn", "2026-06-12", "objectives", "Learn",
                        "person", Map.of("name", "Ivan Petrov", "email", "ivan@example.com", "contactId", contact.toString())))
                .post("/api/v1/exchanges").then().statusCode(201).extract().path("id"));
        UUID other = world.draft();
        MembersWorld.contactErased(contact, world.visitor);
        String manager = TestTokens.person(world.allianceManager);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(manager)
                .get("/api/v1/exchanges/" + exchange).then().statusCode(200).body("person", nullValue())
                .body("personalDataErasedAt", org.hamcrest.Matchers.notNullValue()));
        given().auth().oauth2(manager).get("/api/v1/exchanges/" + other).then().body("person.name", equalTo("Marta Puig"));

        MembersWorld.organisationErased(world.visitor);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(manager)
                .get("/api/v1/exchanges/" + other).then().statusCode(200).body("person", nullValue())
                .body("state", equalTo("DRAFT")));
    }
}
