package eu.viaduc.members.affiliation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import eu.viaduc.members.MembersApi;
import eu.viaduc.members.MembersApi.Person;
import eu.viaduc.members.affiliation.events.AffiliationEvents;
import eu.viaduc.members.affiliation.events.PersonErasureEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/**
 * Accounts and affiliations: a person registers an organisation and acts for it, invites colleagues,
 * accepts requests to join, and every change is an event other services authorise from.
 */
@QuarkusTest
class AffiliationTest {

    @Inject
    EventSchemas schemas;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager entityManager;

    @Test
    void aPersonRegistersActsInvitesAColleagueAndRemovesThemAndEachListIsPublished() throws Exception {
        Person founder = MembersApi.newPerson();
        try (TopicProbe topic = TopicProbe.reading(AffiliationEvents.TOPIC)) {
            UUID organisation = MembersApi.organisation(founder.token(), Map.of("name", "Teixits Nous SL", "type", "SME",
                    "country", "ES"));
            update(founder.token(), organisation, "\"0\"", "Teixits Nous i Fills SL").then().statusCode(200);
            me(founder).then().body("organisations[0].id", equalTo(organisation.toString()))
                    .body("organisations[0].role", equalTo("ADMIN")).body("organisations[0].name", equalTo("Teixits Nous i Fills SL"));

            Person colleague = MembersApi.newPerson();
            String code = invite(founder.token(), organisation, colleague.email(), "EDITOR").then().statusCode(201)
                    .body("code", org.hamcrest.Matchers.notNullValue()).extract().path("code");
            me(colleague).then().body("invitations[0].targetId", equalTo(organisation.toString()))
                    .body("invitations[0].role", equalTo("EDITOR"));
            update(colleague.token(), organisation, "\"1\"", "Not Yet").then().statusCode(403);
            MembersApi.redeem(colleague, code);
            update(colleague.token(), organisation, "\"1\"", "Teixits Nous SL").then().statusCode(200);
            me(colleague).then().body("organisations[0].role", equalTo("EDITOR")).body("invitations", empty());
            // an EDITOR edits, but does not manage the organisation's people
            given().auth().oauth2(colleague.token()).when().get(people(organisation)).then().statusCode(403);
            given().auth().oauth2(founder.token()).when().get(people(organisation)).then().statusCode(200)
                    .body("subject", contains(founder.subject(), colleague.subject()))
                    .body("email", contains(founder.email(), colleague.email()));

            given().auth().oauth2(founder.token()).when().delete(people(organisation) + "/" + colleague.subject())
                    .then().statusCode(204);
            update(colleague.token(), organisation, "\"2\"", "After Removal").then().statusCode(403);
            me(colleague).then().body("organisations", empty());

            List<ConsumerRecord<String, String>> lists = topic.awaitRecords(r -> organisation.toString().equals(r.key()), 3,
                    Duration.ofSeconds(30));
            for (ConsumerRecord<String, String> event : lists) {
                assertThat(TopicProbe.header(event, "ce_type")).isEqualTo(AffiliationEvents.PEOPLE_CHANGED_V1);
                assertThat(schemas.violations(AffiliationEvents.PEOPLE_CHANGED_V1, event.value())).isEmpty();
                // subjects and roles only: no names, no e-mail addresses
                assertThat(event.value()).doesNotContain("@people.test");
            }
            List<JsonNode> data = lists.stream().map(r -> read(r.value())).toList();
            assertThat(data).extracting(d -> d.get("version").asLong()).containsExactly(1L, 2L, 3L);
            assertThat(data.get(1).get("people")).hasSize(2);
            assertThat(data.get(2).get("people").get(0).get("subject").asText()).isEqualTo(founder.subject());
        }
    }

    @Test
    void wrongExpiredRevokedOrUsedCodesAreClearProblemsAndChangeNothing() {
        Person admin = MembersApi.adminOfNewOrganisation("Codes Matter BV", "SME", "NL");
        UUID organisation = organisationOf(admin);
        Person invitee = MembersApi.newPerson();

        redeem(invitee, "no-such-code").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("code"));

        var sent = invite(admin.token(), organisation, invitee.email(), "EDITOR").then().statusCode(201).extract();
        String code = sent.path("code");
        // a code passed on to somebody else is worth nothing
        redeem(MembersApi.newPerson(), code).then().statusCode(403);
        invite(admin.token(), organisation, invitee.email(), "ADMIN").then().statusCode(409);

        given().auth().oauth2(admin.token()).when().delete("/api/v1/invitations/" + sent.path("id")).then().statusCode(204);
        redeem(invitee, code).then().statusCode(409).body("detail", equalTo("the invitation is REVOKED already"));

        String expiring = invite(admin.token(), organisation, invitee.email(), "EDITOR").then().statusCode(201)
                .extract().path("code");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update invitation set expires_at = now() - interval '1 minute' where code_hash = ?1")
                .setParameter(1, eu.viaduc.members.affiliation.model.Invitation.hash(expiring)).executeUpdate());
        redeem(invitee, expiring).then().statusCode(410).contentType("application/problem+json");

        String fresh = invite(admin.token(), organisation, invitee.email(), "EDITOR").then().statusCode(201)
                .extract().path("code");
        redeem(invitee, fresh).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        redeem(invitee, fresh).then().statusCode(409);
        invite(admin.token(), organisation, invitee.email(), "EDITOR").then().statusCode(409)
                .body("detail", equalTo("a person with this e-mail address is affiliated already"));
        given().auth().oauth2(admin.token()).when().get(people(organisation)).then().body("", hasSize(2));
        given().auth().oauth2(admin.token()).when().get(people(organisation) + "/invitations").then().body("", empty());
    }

    @Test
    void anOrganisationKeepsAtLeastOneAdmin() {
        Person founder = MembersApi.adminOfNewOrganisation("Always Led GmbH", "SME", "DE");
        UUID organisation = organisationOf(founder);
        given().auth().oauth2(founder.token()).when().delete(people(organisation) + "/" + founder.subject())
                .then().statusCode(409).contentType("application/problem+json");
        role(founder.token(), organisation, founder.subject(), "EDITOR").then().statusCode(409);

        Person second = MembersApi.colleague(organisation, founder.token(), "EDITOR");
        role(founder.token(), organisation, second.subject(), "ADMIN").then().statusCode(200).body("role", equalTo("ADMIN"));
        // with another ADMIN, the founder may step down and leave
        role(founder.token(), organisation, founder.subject(), "EDITOR").then().statusCode(200);
        given().auth().oauth2(founder.token()).when().delete(people(organisation) + "/" + founder.subject())
                .then().statusCode(204);
        given().auth().oauth2(second.token()).when().get(people(organisation)).then().body("subject", contains(second.subject()));
    }

    @Test
    void aPersonAsksToJoinAndTheAdminDecides() {
        Person admin = MembersApi.adminOfNewOrganisation("Open Door SRL", "SME", "RO");
        UUID organisation = organisationOf(admin);
        Person asker = MembersApi.newPerson();
        String id = given().auth().oauth2(asker.token()).contentType(ContentType.JSON)
                .body(Map.of("role", "EDITOR", "message", "I run the export desk."))
                .when().post(people(organisation) + "/join-requests").then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");
        given().auth().oauth2(asker.token()).contentType(ContentType.JSON).body(Map.of())
                .when().post(people(organisation) + "/join-requests").then().statusCode(409);
        me(asker).then().body("joinRequests[0].id", equalTo(id)).body("organisations", empty());
        given().auth().oauth2(asker.token()).when().post("/api/v1/join-requests/" + id + "/acceptance").then().statusCode(403);
        given().auth().oauth2(admin.token()).when().get(people(organisation) + "/join-requests")
                .then().statusCode(200).body("message", contains("I run the export desk."));
        given().auth().oauth2(admin.token()).when().post("/api/v1/join-requests/" + id + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(admin.token()).when().post("/api/v1/join-requests/" + id + "/refusal").then().statusCode(409);
        me(asker).then().body("organisations[0].role", equalTo("EDITOR")).body("joinRequests", empty());
    }

    @Test
    void aClusterManagerCannotEnrolAnOrganisationNorReadItsPrivateContactsUntilItAccepts() {
        Person admin = MembersApi.adminOfNewOrganisation("Private People SL", "SME", "ES");
        UUID organisation = organisationOf(admin);
        given().auth().oauth2(admin.token()).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Nuria Private", "email", "nuria@example.es", "publicConsent", false,
                        "membersConsent", false))
                .when().post("/api/v1/organisations/" + organisation + "/contacts").then().statusCode(201);
        UUID cluster = MembersApi.cluster("Eager Cluster", "ES", null, null);
        Person manager = MembersApi.manager(cluster);

        String membership = given().auth().oauth2(manager.token()).contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisation, "clusterId", cluster))
                .when().post("/api/v1/memberships").then().statusCode(201).body("proposedBy", equalTo("CLUSTER"))
                .extract().path("id");
        given().auth().oauth2(manager.token()).when().post("/api/v1/memberships/" + membership + "/approval")
                .then().statusCode(403);
        // the member file of the cluster, naming the organisation, proposes too: it does not activate
        MembersApi.importMemberFile(manager.token(), cluster, "name,type,country\nPrivate People SL,SME,ES\n")
                .statusCode(200).body("report.alreadyPresent", equalTo(1)).body("report.membershipsActivated", equalTo(0));
        given().auth().oauth2(manager.token()).when().get("/api/v1/memberships/" + membership)
                .then().body("status", equalTo("PENDING"));
        assertThat(contactNames(manager, organisation)).isEmpty();

        given().auth().oauth2(admin.token()).when().post("/api/v1/memberships/" + membership + "/approval")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        assertThat(contactNames(manager, organisation)).containsExactly("Nuria Private");
    }

    @Test
    void managersAreAppointedByInvitationAndFormAlliancesTheyThenManage() {
        UUID cluster = MembersApi.cluster("Appointed Cluster", "DK", null, null);
        Person manager = MembersApi.manager(cluster);
        me(manager).then().body("clusters[0].id", equalTo(cluster.toString())).body("clusters[0].role", equalTo("MANAGER"));
        Person fellow = MembersApi.newPerson();
        String code = given().auth().oauth2(manager.token()).contentType(ContentType.JSON).body(Map.of("email", fellow.email()))
                .when().post("/api/v1/clusters/" + cluster + "/managers/invitations").then().statusCode(201).extract().path("code");
        MembersApi.redeem(fellow, code);
        given().auth().oauth2(fellow.token()).when().get("/api/v1/clusters/" + cluster + "/managers").then().statusCode(200)
                .body("subject", containsInAnyOrder(manager.subject(), fellow.subject()));

        String alliance = given().auth().oauth2(manager.token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Nordic Design", "programmeStart", "2026-01-01", "programmeEnd", "2027-12-31"))
                .when().post("/api/v1/alliances").then().statusCode(201).extract().path("id");
        me(manager).then().body("alliances[0].id", equalTo(alliance)).body("alliances[0].name", equalTo("Nordic Design"));
        given().auth().oauth2(fellow.token()).when().put("/api/v1/alliances/" + alliance + "/clusters/" + cluster)
                .then().statusCode(403);
        given().auth().oauth2(manager.token()).when().put("/api/v1/alliances/" + alliance + "/clusters/" + cluster)
                .then().statusCode(200);
    }

    @Test
    void erasingAnOrganisationForgetsItsPeopleInvitationsAndRequestsAndPublishesAnEmptyList() {
        Person admin = MembersApi.adminOfNewOrganisation("Forgotten Folk Oy", "SME", "FI");
        UUID organisation = organisationOf(admin);
        invite(admin.token(), organisation, "pending-" + UUID.randomUUID() + "@people.test", "EDITOR").then().statusCode(201);
        given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON).body(Map.of())
                .when().post(people(organisation) + "/join-requests").then().statusCode(201);
        try (TopicProbe topic = TopicProbe.reading(AffiliationEvents.TOPIC)) {
            given().auth().oauth2(admin.token()).when().post("/api/v1/organisations/" + organisation + "/erasure")
                    .then().statusCode(204);
            ConsumerRecord<String, String> event = topic.awaitRecord(r -> organisation.toString().equals(r.key())
                    && read(r.value()).get("people").isEmpty(), Duration.ofSeconds(30));
            assertThat(schemas.violations(AffiliationEvents.PEOPLE_CHANGED_V1, event.value())).isEmpty();
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select (select count(*) from affiliation where target_id = ?1)
                     + (select count(*) from invitation where target_id = ?1)
                     + (select count(*) from join_request where organisation_id = ?1)""")
                .setParameter(1, organisation).getSingleResult()).longValue());
        assertThat(rows).isZero();
        me(admin).then().body("organisations", empty());
    }

    @Test
    void aPersonAsksToBeForgottenAndLeavesEverythingUnlessTheyAreTheLastAdmin() {
        Person founder = MembersApi.adminOfNewOrganisation("Handed Over AB", "SME", "SE");
        UUID organisation = organisationOf(founder);
        given().auth().oauth2(founder.token()).when().delete("/api/v1/me").then().statusCode(409);

        Person successor = MembersApi.colleague(organisation, founder.token(), "ADMIN");
        given().auth().oauth2(TestTokens.forRole(eu.viaduc.platform.security.Roles.PLATFORM_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("email", founder.email(), "role", "EDITOR"))
                .when().post(people(MembersApi.organisation(Map.of("name", "Other Invite AB", "type", "SME",
                        "country", "SE"))) + "/invitations").then().statusCode(201);
        try (TopicProbe erasures = TopicProbe.reading(PersonErasureEvents.TOPIC)) {
            given().auth().oauth2(founder.token()).when().delete("/api/v1/me").then().statusCode(204);
            // the other services hear of it, by the person's subject and nothing more
            ConsumerRecord<String, String> erased = erasures.awaitRecord(r -> founder.subject().equals(r.key()),
                    Duration.ofSeconds(30));
            assertThat(TopicProbe.header(erased, "ce_type")).isEqualTo(PersonErasureEvents.ERASED_V1);
            assertThat(schemas.violations(PersonErasureEvents.ERASED_V1, erased.value())).isEmpty();
            assertThat(erased.value()).doesNotContain(founder.email());
        }

        me(founder).then().body("organisations", empty()).body("invitations", empty());
        given().auth().oauth2(successor.token()).when().get(people(organisation)).then()
                .body("subject", contains(successor.subject()));
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select (select count(*) from affiliation where subject = ?1 or email = ?2)
                     + (select count(*) from invitation where email = ?2)
                     + (select count(*) from join_request where subject = ?1)""")
                .setParameter(1, founder.subject()).setParameter(2, founder.email()).getSingleResult()).longValue());
        assertThat(rows).isZero();
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID organisationOf(Person admin) {
        return UUID.fromString(me(admin).then().extract().path("organisations[0].id"));
    }

    private static String people(UUID organisation) {
        return "/api/v1/organisations/" + organisation + "/people";
    }

    private static Response me(Person person) {
        return given().auth().oauth2(person.token()).when().get("/api/v1/me").then().statusCode(200).extract().response();
    }

    private static Response update(String token, UUID organisation, String etag, String name) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", name, "type", "SME", "country", "ES"))
                .when().put("/api/v1/organisations/" + organisation);
    }

    private static Response invite(String token, UUID organisation, String email, String role) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("email", email, "role", role))
                .when().post(people(organisation) + "/invitations");
    }

    private static Response redeem(Person person, String code) {
        return given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/v1/invitations/redemption");
    }

    private static Response role(String token, UUID organisation, String subject, String role) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("role", role))
                .when().put(people(organisation) + "/" + subject);
    }

    private static List<String> contactNames(Person reader, UUID organisation) {
        return given().auth().oauth2(reader.token()).when().get("/api/v1/organisations/" + organisation + "/contacts")
                .then().statusCode(200).extract().path("fullName");
    }
}
