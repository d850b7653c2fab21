package eu.viaduc.matchmaking.meeting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.matchmaking.MatchmakingWorld;
import eu.viaduc.matchmaking.MatchmakingWorld.Member;
import eu.viaduc.matchmaking.alert.SmtpServer;
import eu.viaduc.testing.MembersWorld;
import eu.viaduc.testing.TestTokens;

/**
 * The people an organisation sends to a matchmaking event hear by e-mail, from a real SMTP server, in the
 * language they registered in: of a request received, of their meeting scheduled (time and table), moved
 * after a late change, and taken out when the other side cancels; nobody hears of what they did themselves.
 * An erased person no longer attends and keeps no alerts.
 */
@QuarkusTest
class MeetingAlertTest {

    private static final String TITLE = "Textile & Fashion B2B speed dating";
    /** The event's morning slots, local time in Brussels (see MatchmakingEventTest.eventBody). */
    private static final List<String> STARTS = List.of("09:00", "09:25", "09:50", "10:15");

    @Test
    void bothSidesHearOfARequestAMeetingScheduledMovedAndCancelledInTheirLanguageAndAnErasedPersonIsForgotten() throws Exception {
        String manager = UUID.randomUUID().toString();
        UUID cluster = MembersWorld.cluster(manager);
        Member weaver = MatchmakingWorld.member("Tissage de Tourcoing", "FR", List.of("weaving"));
        Member brand = MatchmakingWorld.member("Antwerpse Mode", "BE", List.of("garment-design"));
        UUID event = MatchmakingEventTest.created(manager, MatchmakingEventTest.eventBody(cluster));
        String weaverMail = TestTokens.emailOf(weaver.editor());
        String brandMail = TestTokens.emailOf(brand.editor());
        registerInFrench(weaver, event, List.of(1, 2, 3));
        MatchmakingEventTest.register(brand.editor(), event, Map.of("organisationId", brand.id().toString(),
                "availableSlots", List.of(0, 2, 3))).then().statusCode(200);

        UUID request = UUID.fromString(MatchmakingEventTest.ask(weaver.editor(), event, weaver.id(), brand.id(), 4,
                "Recycled denim?").then().statusCode(201).extract().path("id"));
        MimeMessage received = SmtpServer.awaitMailTo(brandMail);
        assertThat(received.getSubject()).isEqualTo("[Viaduc] Tissage de Tourcoing asks you for a meeting at " + TITLE);
        assertThat((String) received.getContent()).contains("asks your organisation for a meeting at " + TITLE + " on March 10, 2027")
                .contains("Their message: Recycled denim?")
                .contains("/api/v1/matchmaking-events/" + event + "/meeting-requests?organisationId=" + brand.id());

        MatchmakingEventTest.answer(brand.editor(), request, "acceptance").then().statusCode(200);
        MatchmakingEventTest.schedule(manager, event, false).then().statusCode(200).body("placed", equalTo(1));
        int slot = MatchmakingEventTest.agenda(weaver.editor(), event, weaver.id()).then().statusCode(200)
                .extract().jsonPath().getInt("[0].slot");
        MimeMessage scheduled = SmtpServer.awaitMailTo(weaverMail);
        assertThat(SmtpServer.mailsTo(weaverMail)).as("the requester is not told of its own request").hasSize(1);
        assertThat(scheduled.getSubject()).isEqualTo("[Viaduc] Rendez-vous avec Antwerpse Mode à " + STARTS.get(slot));
        assertThat((String) scheduled.getContent()).contains("a lieu le 10 mars 2027, " + STARTS.get(slot))
                .contains("(Europe/Brussels)").contains("Table T2")
                .contains("/api/v1/matchmaking-events/" + event + "/agenda?organisationId=" + weaver.id());
        MimeMessage brandScheduled = awaitMail(brandMail, 2);
        assertThat(brandScheduled.getSubject()).isEqualTo("[Viaduc] Meeting with Tissage de Tourcoing at " + STARTS.get(slot));
        given().auth().oauth2(TestTokens.person(brand.editor())).get("/api/v1/alerts").then().statusCode(200)
                .body("kind", equalTo(List.of("MEETING_SCHEDULED", "MEETING_REQUESTED")))
                .body("meetingRequestId", equalTo(List.of(request.toString(), request.toString())))
                .body("organisationId", equalTo(List.of(brand.id().toString(), brand.id().toString())));

        // the weaver can no longer come at that time: the organiser re-plans and allows moves
        int otherSlot = slot == 2 ? 3 : 2;
        registerInFrench(weaver, event, List.of(1, otherSlot));
        MatchmakingEventTest.schedule(manager, event, true).then().statusCode(200).body("moved", equalTo(1));
        MimeMessage moved = awaitMail(weaverMail, 2);
        assertThat(moved.getSubject()).isEqualTo("[Viaduc] Rendez-vous avec Antwerpse Mode déplacé à " + STARTS.get(otherSlot));
        assertThat(awaitMail(brandMail, 3).getSubject())
                .isEqualTo("[Viaduc] Meeting with Tissage de Tourcoing moved to " + STARTS.get(otherSlot));

        given().auth().oauth2(TestTokens.person(brand.editor())).post("/api/v1/meeting-requests/" + request + "/cancellation")
                .then().statusCode(200);
        MimeMessage cancelled = awaitMail(weaverMail, 3);
        assertThat(cancelled.getSubject()).isEqualTo("[Viaduc] Rendez-vous avec Antwerpse Mode retiré du planning");
        assertThat((String) cancelled.getContent()).contains("n'est plus au planning");
        // the alerts are written with the cancellation (the mails may still be on their way)
        given().auth().oauth2(TestTokens.person(brand.editor())).get("/api/v1/alerts").then().statusCode(200)
                .body("kind", equalTo(List.of("MEETING_MOVED", "MEETING_SCHEDULED", "MEETING_REQUESTED")));
        assertThat(SmtpServer.mailsTo(brandMail)).as("the side that cancelled is not told of it").hasSize(3);

        // erased in members-service: no longer attending, and no alerts kept
        MembersWorld.personErased(weaver.editor());
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.person(manager))
                .get("/api/v1/matchmaking-events/" + event + "/participants").then().statusCode(200).extract()
                .path("find { it.organisationId == '" + weaver.id() + "' }.attendees").equals(0));
        given().auth().oauth2(TestTokens.person(weaver.editor())).get("/api/v1/alerts").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    private static void registerInFrench(Member member, UUID event, List<Integer> slots) {
        given().auth().oauth2(TestTokens.person(member.editor())).header("Accept-Language", "fr").contentType(ContentType.JSON)
                .body(Map.of("organisationId", member.id().toString(), "availableSlots", slots))
                .put("/api/v1/matchmaking-events/" + event + "/participants").then().statusCode(200);
    }

    /** The n-th e-mail to the address, once it has arrived. */
    private static MimeMessage awaitMail(String address, int n) {
        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.mailsTo(address).size() >= n);
        return SmtpServer.mailsTo(address).get(n - 1);
    }
}
