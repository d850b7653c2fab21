package eu.viaduc.exchange.activity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import eu.viaduc.testing.MembersWorld;
import eu.viaduc.exchange.ProgrammeWorld;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** Trainings and workshops: places, a waiting list that moves up by itself, attendance, agendas. */
@QuarkusTest
class ActivityTest {

    private static final String CHANGED = "eu.viaduc.exchange.activity.changed.v1";

    @Inject
    EventSchemas schemas;

    @Test
    void placesGoFirstComeTheWaitingListMovesUpWhenOneIsFreedAndTheAgendaOpensInACalendar() throws Exception {
        ProgrammeWorld world = ProgrammeWorld.standard();
        OffsetDateTime startsAt = OffsetDateTime.of(2027, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(2));
        given().auth().oauth2(TestTokens.person(world.spanishClusterManager)).contentType(ContentType.JSON)
                .body(activity(world.programme, startsAt, 2)).post("/api/v1/activities").then().statusCode(403);
        UUID activity = schedule(world, startsAt, 2);

        String first = world.visitorEditor;
        String second = world.hostEditor;
        String third = world.bulgarianClusterManager;
        String fourth = world.spanishClusterManager;
        UUID firstRegistration = register(first, activity, "REGISTERED", null);
        register(second, activity, "REGISTERED", null);
        register(third, activity, "WAITING", 1);
        register(fourth, activity, "WAITING", 2);
        given().auth().oauth2(TestTokens.person(first)).post("/api/v1/activities/" + activity + "/registrations")
                .then().statusCode(409);
        // people who act for nothing on the platform, and partner apps, do not register
        given().auth().oauth2(TestTokens.person()).post("/api/v1/activities/" + activity + "/registrations")
                .then().statusCode(403).contentType("application/problem+json");

        given().auth().oauth2(TestTokens.person(first)).delete("/api/v1/activities/" + activity + "/registrations/"
                + firstRegistration).then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(TestTokens.person(third)).get("/api/v1/activities/" + activity + "/registrations/mine")
                .then().statusCode(200).body("status", equalTo("REGISTERED"));
        given().auth().oauth2(TestTokens.person(fourth)).get("/api/v1/activities/" + activity + "/registrations/mine")
                .then().body("status", equalTo("WAITING")).body("positionInWaitingList", equalTo(1));
        given().auth().oauth2(TestTokens.person(world.visitorEditor)).get("/api/v1/activities/" + activity)
                .then().body("registered", equalTo(2)).body("waiting", equalTo(1));

        // the programme's managers see who, with names and addresses; a participant does not
        given().auth().oauth2(TestTokens.person(world.allianceManager))
                .get("/api/v1/activities/" + activity + "/registrations").then().statusCode(200)
                .body("status", equalTo(List.of("REGISTERED", "REGISTERED", "WAITING")))
                .body("email[0]", equalTo(TestTokens.emailOf(second)));
        given().auth().oauth2(TestTokens.person(second)).get("/api/v1/activities/" + activity + "/registrations")
                .then().statusCode(403);

        String ics = given().auth().oauth2(TestTokens.person(third)).get("/api/v1/activities/agenda.ics")
                .then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getUid().orElseThrow().getValue()).isEqualTo(activity + "@viaduc.eu");
        assertThat(ics).contains("DTSTART:20270310T070000Z").contains("SUMMARY:Capacity building for cluster managers");
        // the one still waiting has nothing in their agenda yet
        assertThat(given().auth().oauth2(TestTokens.person(fourth)).get("/api/v1/activities/agenda.ics").asString())
                .doesNotContain("BEGIN:VEVENT");

        try (TopicProbe topic = TopicProbe.reading("viaduc.exchange.activities")) {
            ConsumerRecord<String, String> last = topic.awaitRecords(record -> record.key().equals(activity.toString()),
                    6, Duration.ofSeconds(30)).get(5);
            assertThat(schemas.violations(CHANGED, last.value())).isEmpty();
            assertThat(last.value()).contains("\"registered\": 2", "\"waiting\": 1").doesNotContain("@");
        }
    }

    @Test
    void attendanceIsRecordedOnceTheActivityStartedAndAnErasedPersonLosesTheirName() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        UUID activity = schedule(world, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS), 5);
        UUID came = register(world.visitorEditor, activity, "REGISTERED", null);
        UUID absent = register(world.hostEditor, activity, "REGISTERED", null);
        String manager = TestTokens.person(world.allianceManager);
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("present", List.of(came.toString())))
                .put("/api/v1/activities/" + activity + "/attendance").then().statusCode(409)
                .body("detail", containsString("attendance is recorded after"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("present", List.of(came.toString())))
                        .put("/api/v1/activities/" + activity + "/attendance").then().statusCode(200));
        given().auth().oauth2(manager).get("/api/v1/activities/" + activity + "/registrations").then()
                .body("find { it.id == '" + came + "' }.attended", equalTo(true))
                .body("find { it.id == '" + absent + "' }.attended", equalTo(false));
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("present", List.of(UUID.randomUUID().toString())))
                .put("/api/v1/activities/" + activity + "/attendance").then().statusCode(400)
                .body("violations[0].field", equalTo("present"));
        given().auth().oauth2(TestTokens.person()).post("/api/v1/activities/" + activity + "/registrations")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.person(world.bulgarianClusterManager))
                .post("/api/v1/activities/" + activity + "/registrations").then().statusCode(409)
                .body("detail", containsString("registration is closed"));

        MembersWorld.personErased(world.visitorEditor);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(manager)
                .get("/api/v1/activities/" + activity + "/registrations").then()
                .body("find { it.id == '" + came + "' }.name", nullValue())
                .body("find { it.id == '" + came + "' }.email", nullValue())
                .body("find { it.id == '" + came + "' }.attended", equalTo(true))
                .body("find { it.id == '" + absent + "' }.email", equalTo(TestTokens.emailOf(world.hostEditor))));
    }

    private static UUID schedule(ProgrammeWorld world, OffsetDateTime startsAt, int capacity) {
        return UUID.fromString(given().auth().oauth2(TestTokens.person(world.allianceManager)).contentType(ContentType.JSON)
                .body(activity(world.programme, startsAt, capacity)).post("/api/v1/activities").then().statusCode(201)
                .body("registered", equalTo(0)).extract().path("id"));
    }

    private static Map<String, Object> activity(UUID programme, OffsetDateTime startsAt, int capacity) {
        return Map.of("programmeId", programme.toString(), "kind", "TRAINING",
                "title", "Capacity building for cluster managers", "startsAt", startsAt.toString(),
                "endsAt", startsAt.plusHours(8).toString(), "location", "Sofia", "capacity", capacity);
    }

    private static UUID register(String subject, UUID activity, String status, Integer position) {
        return UUID.fromString(given().auth().oauth2(TestTokens.person(subject))
                .post("/api/v1/activities/" + activity + "/registrations").then().statusCode(201)
                .body("status", equalTo(status)).body("positionInWaitingList", equalTo(position))
                .extract().path("id"));
    }
}
