package eu.viaduc.members.contact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
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

import eu.viaduc.members.MembersApi;
import eu.viaduc.members.contact.events.ContactEvents;
import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** Contacts: consent decides who sees a person; erasure removes them here and tells every other service. */
@QuarkusTest
class ContactTest {

    @Inject
    EventSchemas schemas;
    @Inject
    EntityManager entityManager;

    private static String add(String token, UUID organisation, String name, boolean publicConsent, boolean membersConsent) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", "contact-" + UUID.randomUUID())
                .body(Map.of("fullName", name, "jobTitle", "Manager", "email", "person@example.eu",
                        "phone", "+32 2 123 45 67", "publicConsent", publicConsent, "membersConsent", membersConsent))
                .when().post("/api/v1/organisations/" + organisation + "/contacts")
                .then().statusCode(201).extract().path("id");
    }

    private static List<String> visibleNames(String token, UUID organisation) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.when().get("/api/v1/organisations/" + organisation + "/contacts")
                .then().statusCode(200).extract().path("fullName");
    }

    @Test
    void everyReaderSeesExactlyThePeopleWhoseConsentCoversThem() {
        MembersApi.Person admin = MembersApi.newPerson();
        UUID organisation = MembersApi.organisation(admin.token(), Map.of("name", "Consent Matters BV", "type", "SME",
                "country", "NL"));
        String own = admin.token();
        UUID cluster = MembersApi.cluster("Consent Cluster", "NL", null, null);
        MembersApi.activeMember(organisation, own, cluster);
        add(own, organisation, "Anna Public", true, false);
        add(own, organisation, "Bram Members", false, true);
        add(MembersApi.ADMIN, organisation, "Cees Private", false, false);
        MembersApi.Person memberElsewhere = MembersApi.adminOfNewOrganisation("Elsewhere BV", "SME", "NL");
        MembersApi.Person managerElsewhere = MembersApi.manager(MembersApi.cluster("Other Cluster", "NL", null, null));
        MembersApi.Person fellowMember = MembersApi.newPerson();
        MembersApi.activeMember(MembersApi.organisation(fellowMember.token(), Map.of("name", "Fellow BV", "type", "SME",
                "country", "NL")), fellowMember.token(), cluster);

        assertThat(visibleNames(null, organisation)).containsExactly("Anna Public");
        assertThat(visibleNames(TestTokens.forRole(Roles.PARTNER_APP), organisation)).containsExactly("Anna Public");
        // signed in but affiliated to nothing: not a member of the platform yet
        assertThat(visibleNames(TestTokens.person(), organisation)).containsExactly("Anna Public");
        // members' consent: the organisations that know this one (fellow members of its cluster; see IntroductionTest)
        assertThat(visibleNames(fellowMember.token(), organisation)).containsExactly("Anna Public", "Bram Members");
        assertThat(visibleNames(memberElsewhere.token(), organisation)).containsExactly("Anna Public");
        assertThat(visibleNames(managerElsewhere.token(), organisation)).containsExactly("Anna Public");
        assertThat(visibleNames(MembersApi.manager(cluster).token(), organisation))
                .containsExactly("Anna Public", "Bram Members", "Cees Private");
        assertThat(visibleNames(own, organisation)).containsExactly("Anna Public", "Bram Members", "Cees Private");
        assertThat(visibleNames(MembersApi.ADMIN, organisation)).containsExactly("Anna Public", "Bram Members",
                "Cees Private");
    }

    @Test
    void onlyTheOrganisationsOwnMembersAndAdminsKeepItsContacts() {
        UUID organisation = MembersApi.organisation("Guarded Contacts Oy", "SME", "FI");
        String stranger = MembersApi.adminOfNewOrganisation("Stranger Oy", "SME", "FI").token();
        given().auth().oauth2(stranger).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Intruder", "publicConsent", true, "membersConsent", true))
                .when().post("/api/v1/organisations/" + organisation + "/contacts").then().statusCode(403);
        String id = add(MembersApi.ADMIN, organisation, "Kept Person", false, false);
        given().auth().oauth2(stranger).when().delete("/api/v1/contacts/" + id).then().statusCode(403);
        given().auth().oauth2(stranger).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("fullName", "Renamed", "publicConsent", true, "membersConsent", true))
                .when().put("/api/v1/contacts/" + id).then().statusCode(403);
        given().auth().oauth2(MembersApi.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Bad Mail", "email", "not-an-address", "publicConsent", true, "membersConsent", true))
                .when().post("/api/v1/organisations/" + organisation + "/contacts")
                .then().statusCode(400).body("violations[0].field", equalTo("email"));
    }

    @Test
    void givingConsentLaterIsRecordedAndShowsThePerson() {
        String own = TestTokens.person();
        UUID organisation = MembersApi.organisation(own, Map.of("name", "Late Consent SRL", "type", "SME", "country", "RO"));
        String id = add(own, organisation, "Ioana Later", false, false);
        assertThat(visibleNames(null, organisation)).isEmpty();

        given().auth().oauth2(own).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("fullName", "Ioana Later", "publicConsent", true, "membersConsent", true))
                .when().put("/api/v1/contacts/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        assertThat(visibleNames(null, organisation)).containsExactly("Ioana Later");
        given().when().get("/api/v1/organisations/" + organisation + "/contacts")
                .then().body("[0].consentGivenAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void erasingAPersonDeletesThemAndTheirStoredReplayAndPublishesContactErased() {
        String own = TestTokens.person();
        UUID organisation = MembersApi.organisation(own, Map.of("name", "Forget Me AB", "type", "SME", "country", "SE"));
        try (TopicProbe topic = TopicProbe.reading(ContactEvents.TOPIC)) {
            String id = add(own, organisation, "Sven Forgotten", true, true);
            given().auth().oauth2(own).when().delete("/api/v1/contacts/" + id).then().statusCode(204);

            assertThat(visibleNames(MembersApi.ADMIN, organisation)).isEmpty();
            assertThat(rowsMentioning("Sven Forgotten")).isZero();
            ConsumerRecord<String, String> event = topic.awaitRecord(r -> ContactEvents.ERASED_V1
                    .equals(TopicProbe.header(r, "ce_type")) && r.value().contains(id), Duration.ofSeconds(30));
            assertThat(event.key()).isEqualTo(id);
            assertThat(event.value()).contains(organisation.toString());
            assertThat(schemas.violations(ContactEvents.ERASED_V1, event.value())).isEmpty();
            assertThat(event.value()).doesNotContain("Sven");
        }
    }

    @Test
    void erasingAnOrganisationRemovesItsPeopleAndIdentifyingDataAndPublishesOrganisationErased() {
        String own = TestTokens.person();
        UUID organisation = MembersApi.organisation(own, Map.of("name", "Jan Sole Trader", "type", "MICRO", "country", "BE",
                "city", "Gent", "location", Map.of("latitude", 51.05, "longitude", 3.72),
                "registrationId", "BE0123456789", "descriptions", Map.of("nl", "Eenmanszaak van Jan.")));
        add(own, organisation, "Jan Himself", true, true);
        try (TopicProbe topic = TopicProbe.reading(OrganisationEvents.TOPIC)) {
            given().auth().oauth2(TestTokens.person())
                    .when().post("/api/v1/organisations/" + organisation + "/erasure").then().statusCode(403);
            given().auth().oauth2(own).when().post("/api/v1/organisations/" + organisation + "/erasure")
                    .then().statusCode(204);

            given().when().get("/api/v1/organisations/" + organisation).then().statusCode(404);
            given().auth().oauth2(own).when().post("/api/v1/organisations/" + organisation + "/erasure")
                    .then().statusCode(404);
            assertThat(rowsMentioning("Jan Himself")).isZero();
            assertThat(rowsMentioning("Jan Sole Trader")).isZero();
            assertThat(rowsMentioning("BE0123456789")).isZero();
            ConsumerRecord<String, String> event = topic.awaitRecord(r -> organisation.toString().equals(r.key())
                    && OrganisationEvents.ERASED_V1.equals(TopicProbe.header(r, "ce_type")), Duration.ofSeconds(30));
            assertThat(schemas.violations(OrganisationEvents.ERASED_V1, event.value())).isEmpty();
        }
    }

    /** Rows of the organisation, contact and idempotency tables that still hold this text anywhere. */
    private long rowsMentioning(String text) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select (select count(*) from organisation o where o::text like ?1)
                     + (select count(*) from contact c where c::text like ?1)
                     + (select count(*) from idempotency_record i where i::text like ?1)""")
                .setParameter(1, "%" + text + "%").getSingleResult()).longValue());
    }
}
