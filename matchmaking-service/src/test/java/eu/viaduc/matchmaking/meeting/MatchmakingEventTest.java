package eu.viaduc.matchmaking.meeting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import eu.viaduc.matchmaking.MatchmakingWorld;
import eu.viaduc.matchmaking.MatchmakingWorld.Member;
import eu.viaduc.matchmaking.meeting.events.MeetingEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.testing.MembersWorld;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/**
 * B2B matchmaking events through the API against the real database and broker: an organiser's event,
 * registrations, a request accepted and scheduled, the same meeting in both agendas and calendars,
 * check-in, and every refusal with the field it names.
 */
@QuarkusTest
class MatchmakingEventTest {

    @Inject
    EventSchemas schemas;

    @Inject
    EntityManager entityManager;

    @Test
    void twoOrganisationsMeetAtTheSlotTheSchedulerGaveThemAndBothCalendarsHoldIt() {
        String manager = UUID.randomUUID().toString();
        UUID cluster = MembersWorld.cluster(manager);
        Member weaver = MatchmakingWorld.member("Tissage de Roubaix", "FR", List.of("weaving"));
        Member brand = MatchmakingWorld.member("Gentse Mode", "BE", List.of("garment-design"));
        UUID event = created(manager, eventBody(cluster));

        register(weaver.editor(), event, Map.of("organisationId", weaver.id().toString(), "availableSlots", List.of(1, 2, 3),
                "maxMeetings", 2)).then().statusCode(200).body("availableSlots", equalTo(List.of(1, 2, 3)))
                .body("attendees", equalTo(1));
        register(brand.editor(), event, Map.of("organisationId", brand.id().toString(), "availableSlots", List.of(0, 2)))
                .then().statusCode(200).body("maxMeetings", equalTo(9));

        UUID request = UUID.fromString(ask(weaver.editor(), event, weaver.id(), brand.id(), 4, "Recycled denim?")
                .then().statusCode(201).body("status", equalTo("WAITING")).extract().path("id"));
        ask(brand.editor(), event, brand.id(), weaver.id(), 3, null).then().statusCode(409)
                .body("detail", containsString("already have an open meeting request"));
        answer(weaver.editor(), request, "acceptance").then().statusCode(403);
        answer(brand.editor(), request, "acceptance").then().statusCode(200).body("status", equalTo("ACCEPTED"));

        schedule(weaver.editor(), event, false).then().statusCode(403);
        schedule(manager, event, false).then().statusCode(200).body("placed", equalTo(1)).body("newlyScheduled", equalTo(1))
                .body("upperBound", equalTo(1)).body("unplacedRequests", hasSize(0)).body("reason", nullValue());

        JsonPath weaverAgenda = agenda(weaver.editor(), event, weaver.id()).then().statusCode(200).extract().jsonPath();
        JsonPath brandAgenda = agenda(brand.editor(), event, brand.id()).then().statusCode(200).extract().jsonPath();
        assertThat(weaverAgenda.getList("")).hasSize(1);
        assertThat(weaverAgenda.getInt("[0].slot")).as("the only slot both are available for").isEqualTo(2);
        assertThat(brandAgenda.getString("[0].requestId")).isEqualTo(request.toString());
        assertThat(brandAgenda.getString("[0].startsAt")).isEqualTo(weaverAgenda.getString("[0].startsAt"));
        assertThat(weaverAgenda.getString("[0].targetName")).isEqualTo("Gentse Mode");
        agenda(MatchmakingWorld.member("Nosy", "NL", List.of("weaving")).editor(), event, weaver.id()).then().statusCode(403);

        String weaverCalendar = calendar(weaver.editor(), event, weaver.id());
        String brandCalendar = calendar(brand.editor(), event, brand.id());
        for (String calendar : List.of(weaverCalendar, brandCalendar)) {
            assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("UID:" + request + "@viaduc.eu")
                    .contains("DTSTART:20270310T085000Z").contains("DTEND:20270310T091000Z");
        }
        assertThat(weaverCalendar).contains("Meeting with Gentse Mode");
        assertThat(brandCalendar).contains("Meeting with Tissage de Roubaix");

        given().auth().oauth2(TestTokens.person(manager)).get("/api/v1/matchmaking-events/" + event + "/table-plan")
                .then().statusCode(200).body("table", equalTo(List.of("T2")));
        given().auth().oauth2(TestTokens.person(weaver.editor())).get("/api/v1/matchmaking-events/" + event + "/table-plan")
                .then().statusCode(403);

        given().auth().oauth2(TestTokens.person(manager)).contentType(ContentType.JSON)
                .body(Map.of("organisationId", brand.id().toString(), "present", false))
                .post("/api/v1/meeting-requests/" + request + "/attendance").then().statusCode(204);
        given().auth().oauth2(TestTokens.person(manager)).get("/api/v1/matchmaking-events/" + event + "/participants")
                .then().statusCode(200).body("find { it.organisationId == '" + brand.id() + "' }.noShows", equalTo(1));
        given().auth().oauth2(TestTokens.person(weaver.editor())).get("/api/v1/matchmaking-events/" + event + "/participants")
                .then().statusCode(200).body("noShows", equalTo(java.util.Arrays.asList(null, null)));

        try (TopicProbe topic = TopicProbe.reading(MeetingEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> events = topic.awaitRecords(r -> r.key().equals(request.toString()), 3,
                    Duration.ofSeconds(30));
            assertThat(events).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                    MeetingEvents.REQUEST_SENT_V1, MeetingEvents.REQUEST_ACCEPTED_V1, MeetingEvents.MEETING_SCHEDULED_V1);
            assertThat(events).allSatisfy(r -> {
                assertThat(schemas.violations(TopicProbe.header(r, "ce_type"), r.value())).isEmpty();
                assertThat(r.value()).doesNotContain("Recycled denim");
            });
            assertThat(JsonPath.from(events.get(2).value()).getString("table")).as("the smallest table that seats them").isEqualTo("T2");
        }

        given().auth().oauth2(TestTokens.person(brand.editor())).post("/api/v1/meeting-requests/" + request + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("slot", nullValue());
        assertThat(agenda(weaver.editor(), event, weaver.id()).then().statusCode(200).extract().jsonPath().getList(""))
                .isEmpty();
    }

    @Test
    void theRankingSuggestsWhomToMeetBothWaysFromTheMarketplace() {
        String manager = UUID.randomUUID().toString();
        UUID cluster = MembersWorld.cluster(manager);
        Member buyer = MatchmakingWorld.member("Hopital Saint-Eloi", "FR", List.of("weaving"));
        Member maskMaker = MatchmakingWorld.member("Masques du Nord", "FR", List.of("ppe-production"));
        Member weaver = MatchmakingWorld.member("Wolweverij Tielt", "BE", List.of("weaving"));
        UUID need = MatchmakingWorld.published(buyer.editor(), MatchmakingWorld.urgentNeed(buyer.id()));
        UUID event = created(manager, eventBody(cluster));

        register(maskMaker.editor(), event, Map.of("organisationId", maskMaker.id().toString(), "marketplace",
                List.of(need.toString()))).then().statusCode(400).body("violations[0].field", equalTo("marketplace[0]"));
        register(buyer.editor(), event, Map.of("organisationId", buyer.id().toString(), "marketplace", List.of(need.toString())))
                .then().statusCode(200).body("marketplace", equalTo(List.of(need.toString())));
        register(maskMaker.editor(), event, Map.of("organisationId", maskMaker.id().toString())).then().statusCode(200);
        register(weaver.editor(), event, Map.of("organisationId", weaver.id().toString())).then().statusCode(200);
        ask(buyer.editor(), event, buyer.id(), weaver.id(), 2, null).then().statusCode(201);

        JsonPath forBuyer = given().auth().oauth2(TestTokens.person(buyer.editor())).header("Accept-Language", "fr")
                .get("/api/v1/matchmaking-events/" + event + "/suggestions?organisationId=" + buyer.id())
                .then().statusCode(200).extract().jsonPath();
        assertThat(forBuyer.getString("[0].organisationId")).as("the mask maker answers the need for masks")
                .isEqualTo(maskMaker.id().toString());
        assertThat(forBuyer.getString("[0].direction")).isEqualTo("ANSWERS_YOURS");
        assertThat(forBuyer.getString("[0].opportunityId")).isEqualTo(need.toString());
        assertThat(forBuyer.getList("[0].factors")).hasSize(7);
        assertThat(forBuyer.getDouble("[0].score")).isGreaterThan(forBuyer.getDouble("[1].score"));
        assertThat(forBuyer.getBoolean("find { it.organisationId == '" + weaver.id() + "' }.requestOpen")).isTrue();

        JsonPath forMaskMaker = given().auth().oauth2(TestTokens.person(maskMaker.editor()))
                .get("/api/v1/matchmaking-events/" + event + "/suggestions?organisationId=" + maskMaker.id())
                .then().statusCode(200).extract().jsonPath();
        assertThat(forMaskMaker.getString("[0].organisationId")).isEqualTo(buyer.id().toString());
        assertThat(forMaskMaker.getString("[0].name")).isEqualTo("Hopital Saint-Eloi");
        assertThat(forMaskMaker.getString("[0].direction")).isEqualTo("YOURS_ANSWERS_THEIRS");
        given().auth().oauth2(TestTokens.person(weaver.editor()))
                .get("/api/v1/matchmaking-events/" + event + "/suggestions?organisationId=" + maskMaker.id())
                .then().statusCode(403);
    }

    @Test
    void badEventsAreRefusedNamingTheField() {
        String manager = UUID.randomUUID().toString();
        UUID cluster = MembersWorld.cluster(manager);

        Map<String, Object> overlapping = eventBody(cluster);
        overlapping.put("sessions", List.of(session("Morning", "09:00", "12:00"), session("Late morning", "11:30", "13:00")));
        create(manager, overlapping).then().statusCode(400).body("violations[0].field", equalTo("sessions[1]"))
                .body("violations[0].message", containsString("overlaps sessions[0]"));

        Map<String, Object> zone = eventBody(cluster);
        zone.put("timeZone", "Europe/Atlantis");
        create(manager, zone).then().statusCode(400).body("violations[0].field", equalTo("timeZone"));

        Map<String, Object> late = eventBody(cluster);
        late.put("registrationDeadline", "2027-03-11T08:00:00Z");
        create(manager, late).then().statusCode(400).body("violations[0].field", equalTo("registrationDeadline"));

        Map<String, Object> backwards = eventBody(cluster);
        backwards.put("sessions", List.of(session("Morning", "12:00", "09:00")));
        create(manager, backwards).then().statusCode(400).body("violations[0].field", equalTo("sessions[0]"));

        create(UUID.randomUUID().toString(), eventBody(cluster)).then().statusCode(403);
    }

    @Test
    void badRequestsAreRefusedAndNothingToScheduleGivesAnEmptyPlanWithItsReason() {
        String manager = UUID.randomUUID().toString();
        UUID cluster = MembersWorld.cluster(manager);
        Member a = MatchmakingWorld.member("Alpha Textiles", "FR", List.of("weaving"));
        Member b = MatchmakingWorld.member("Beta Garments", "BE", List.of("weaving"));
        Member outsider = MatchmakingWorld.member("Not Registered", "NL", List.of("weaving"));
        UUID event = created(manager, eventBody(cluster));

        schedule(manager, event, false).then().statusCode(200).body("placed", equalTo(0))
                .body("reason", containsString("no accepted meeting requests"));

        register(a.editor(), event, Map.of("organisationId", a.id().toString(), "availableSlots", List.of(0, 42)))
                .then().statusCode(400).body("violations[0].field", equalTo("availableSlots[1]"));
        register(a.editor(), event, Map.of("organisationId", a.id().toString(), "maxMeetings", 10))
                .then().statusCode(400).body("violations[0].field", equalTo("maxMeetings"));
        register(a.editor(), event, Map.of("organisationId", b.id().toString())).then().statusCode(403);
        register(a.editor(), event, Map.of("organisationId", a.id().toString())).then().statusCode(200);
        register(b.editor(), event, Map.of("organisationId", b.id().toString())).then().statusCode(200);

        ask(a.editor(), event, a.id(), a.id(), 3, null).then().statusCode(400).body("violations[0].field", equalTo("targetId"));
        ask(a.editor(), event, a.id(), outsider.id(), 3, null).then().statusCode(400)
                .body("violations[0].field", equalTo("targetId"));
        ask(a.editor(), event, a.id(), b.id(), 9, null).then().statusCode(400).body("violations[0].field", containsString("priority"));
        ask(b.editor(), event, a.id(), b.id(), 3, null).then().statusCode(403);

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update matchmaking_event set registration_deadline = now() - interval '1 minute' where id = ?1")
                .setParameter(1, event).executeUpdate());
        ask(a.editor(), event, a.id(), b.id(), 3, null).then().statusCode(409).body("detail", containsString("deadline"));
        register(outsider.editor(), event, Map.of("organisationId", outsider.id().toString())).then().statusCode(409);
    }

    @Test
    void anUnansweredRequestExpiresSoItNeverBlocksTheAgenda() {
        String manager = UUID.randomUUID().toString();
        UUID cluster = MembersWorld.cluster(manager);
        Member a = MatchmakingWorld.member("Gamma Weaving", "FR", List.of("weaving"));
        Member b = MatchmakingWorld.member("Delta Design", "BE", List.of("weaving"));
        UUID event = created(manager, eventBody(cluster));
        register(a.editor(), event, Map.of("organisationId", a.id().toString())).then().statusCode(200);
        register(b.editor(), event, Map.of("organisationId", b.id().toString())).then().statusCode(200);
        UUID request = UUID.fromString(ask(a.editor(), event, a.id(), b.id(), 3, null).then().statusCode(201).extract().path("id"));

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update meeting_request set expires_at = now() - interval '1 minute' where id = ?1")
                .setParameter(1, request).executeUpdate());

        await().atMost(Duration.ofSeconds(30)).until(() -> "EXPIRED".equals(given().auth().oauth2(TestTokens.person(a.editor()))
                .get("/api/v1/matchmaking-events/" + event + "/meeting-requests?organisationId=" + a.id())
                .then().extract().path("[0].status")));
        answer(b.editor(), request, "acceptance").then().statusCode(409).body("detail", containsString("EXPIRED"));
        ask(a.editor(), event, a.id(), b.id(), 5, "Once more").then().statusCode(201);
        try (TopicProbe topic = TopicProbe.reading(MeetingEvents.TOPIC)) {
            assertThat(topic.awaitRecord(r -> r.key().equals(request.toString())
                    && MeetingEvents.REQUEST_EXPIRED_V1.equals(TopicProbe.header(r, "ce_type")), Duration.ofSeconds(30))).isNotNull();
        }
    }

    static Map<String, Object> eventBody(UUID cluster) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Textile & Fashion B2B speed dating");
        body.put("organiserKind", "CLUSTER");
        body.put("organiserId", cluster.toString());
        body.put("date", LocalDate.of(2027, 3, 10).toString());
        body.put("timeZone", "Europe/Brussels");
        body.put("registrationDeadline", Instant.parse("2027-03-08T17:00:00Z").toString());
        // 09:00-10:45 in slots of 20 minutes with 5 between: 09:00, 09:25, 09:50, 10:15; 14:00-16:00: five more
        body.put("sessions", List.of(session("Morning", "09:00", "10:45"), session("Afternoon", "14:00", "16:00")));
        body.put("tables", List.of(Map.of("name", "T1", "seats", 4), Map.of("name", "T2", "seats", 2)));
        return body;
    }

    static Map<String, Object> session(String name, String start, String end) {
        return Map.of("name", name, "start", start, "end", end, "slotMinutes", 20, "breakMinutes", 5);
    }

    static Response create(String person, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.person(person)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/matchmaking-events");
    }

    static UUID created(String person, Map<String, Object> body) {
        return UUID.fromString(create(person, body).then().statusCode(201).extract().path("id"));
    }

    static Response register(String person, UUID event, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.person(person)).contentType(ContentType.JSON).body(body)
                .put("/api/v1/matchmaking-events/" + event + "/participants");
    }

    static Response ask(String person, UUID event, UUID requester, UUID target, int priority, String message) {
        Map<String, Object> body = new HashMap<>();
        body.put("requesterId", requester.toString());
        body.put("targetId", target.toString());
        body.put("priority", priority);
        if (message != null) {
            body.put("message", message);
        }
        return given().auth().oauth2(TestTokens.person(person)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/matchmaking-events/" + event + "/meeting-requests");
    }

    static Response answer(String person, UUID request, String step) {
        return given().auth().oauth2(TestTokens.person(person)).post("/api/v1/meeting-requests/" + request + "/" + step);
    }

    static Response schedule(String person, UUID event, boolean allowMoves) {
        return given().auth().oauth2(TestTokens.person(person)).contentType(ContentType.JSON)
                .body(Map.of("allowMoves", allowMoves)).post("/api/v1/matchmaking-events/" + event + "/schedule");
    }

    static Response agenda(String person, UUID event, UUID organisation) {
        return given().auth().oauth2(TestTokens.person(person))
                .get("/api/v1/matchmaking-events/" + event + "/agenda?organisationId=" + organisation);
    }

    static String calendar(String person, UUID event, UUID organisation) {
        return given().auth().oauth2(TestTokens.person(person)).accept("text/calendar")
                .get("/api/v1/matchmaking-events/" + event + "/agenda?organisationId=" + organisation)
                .then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
    }
}
