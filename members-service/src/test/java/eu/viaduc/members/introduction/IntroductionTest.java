package eu.viaduc.members.introduction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.members.MembersApi;
import eu.viaduc.members.MembersApi.Person;
import eu.viaduc.members.introduction.events.MatchmakingInterestEvents;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.KafkaCloudEvents;
import eu.viaduc.testing.TopicProbe;

/**
 * Member-consented contacts are for organisations that know each other: fellow members of a cluster,
 * and organisations matchmaking introduced (an expression of interest accepted), which this service
 * learns from matchmaking's interest.introduced.v1 through the real broker.
 */
@QuarkusTest
class IntroductionTest {

    @Test
    void anIntroductionFromMatchmakingShowsEachOrganisationTheOthersMemberConsentedContactsOnly() {
        Org buyerOrg = organisation("Hospital Buyer SA", "PUBLIC_BODY", "FR");
        Org supplierOrg = organisation("Mask Sewing SARL", "SME", "FR");
        Org bystanderOrg = organisation("Bystander SAS", "SME", "FR");
        Person buyer = buyerOrg.admin();
        Person supplier = supplierOrg.admin();
        Person bystander = bystanderOrg.admin();
        UUID buyerOrganisation = buyerOrg.id();
        UUID supplierOrganisation = supplierOrg.id();
        contact(buyer, buyerOrganisation, "Bea Members", false, true);
        contact(buyer, buyerOrganisation, "Paul Private", false, false);
        contact(supplier, supplierOrganisation, "Sam Members", false, true);

        assertThat(names(supplier, buyerOrganisation)).isEmpty();
        assertThat(names(buyer, supplierOrganisation)).isEmpty();

        ProducerRecord<String, String> introduced = introduced(UUID.randomUUID(), buyerOrganisation, supplierOrganisation);
        TopicProbe.send(introduced);
        await().atMost(Duration.ofSeconds(30)).until(() -> names(supplier, buyerOrganisation).equals(List.of("Bea Members")));
        assertThat(names(buyer, supplierOrganisation)).containsExactly("Sam Members");
        assertThat(names(bystander, buyerOrganisation)).as("not introduced").isEmpty();

        TopicProbe.send(introduced); // redelivered: applied once, nothing changes
        TopicProbe.send(introduced(UUID.randomUUID(), buyerOrganisation, bystanderOrg.id()));
        await().atMost(Duration.ofSeconds(30)).until(() -> names(bystander, buyerOrganisation).equals(List.of("Bea Members")));
        assertThat(names(supplier, buyerOrganisation)).containsExactly("Bea Members");
    }

    @Test
    void fellowMembersOfAClusterSeeEachOthersMemberConsentedContacts() {
        Org one = organisation("Fellow One BV", "SME", "NL");
        Org two = organisation("Fellow Two BV", "SME", "NL");
        UUID cluster = MembersApi.cluster("Fellowship Cluster", "NL", null, null);
        MembersApi.activeMember(one.id(), one.admin().token(), cluster);
        contact(one.admin(), one.id(), "Olga Members", false, true);
        assertThat(names(two.admin(), one.id())).isEmpty();

        MembersApi.activeMember(two.id(), two.admin().token(), cluster);

        assertThat(names(two.admin(), one.id())).containsExactly("Olga Members");
    }

    private static ProducerRecord<String, String> introduced(UUID interestId, UUID poster, UUID sender) {
        String data = """
                {"interestId": "%s", "version": 2, "opportunityId": "%s", "posterOrganisationId": "%s",
                 "organisationId": "%s", "status": "INTRODUCED", "sentAt": "2026-12-01T09:00:00Z",
                 "expiresAt": "2026-12-31T09:00:00Z", "answeredAt": "2026-12-02T10:00:00Z",
                 "introducedAt": "2026-12-02T10:00:00Z"}""".formatted(interestId, UUID.randomUUID(), poster, sender);
        return KafkaCloudEvents.toRecord(MatchmakingInterestEvents.TOPIC, new CloudEvent(UUID.randomUUID().toString(),
                "/viaduc/matchmaking-service", MatchmakingInterestEvents.INTRODUCED_V1, interestId.toString(),
                OffsetDateTime.now(), data));
    }

    private static void contact(Person admin, UUID organisation, String name, boolean publicConsent, boolean membersConsent) {
        given().auth().oauth2(admin.token()).contentType(ContentType.JSON)
                .body(Map.of("fullName", name, "publicConsent", publicConsent, "membersConsent", membersConsent))
                .post("/api/v1/organisations/" + organisation + "/contacts").then().statusCode(201);
    }

    private static List<String> names(Person reader, UUID organisation) {
        return given().auth().oauth2(reader.token()).get("/api/v1/organisations/" + organisation + "/contacts")
                .then().statusCode(200).extract().path("fullName");
    }

    /** An organisation and its first ADMIN. */
    private record Org(Person admin, UUID id) {
    }

    private static Org organisation(String name, String type, String country) {
        Person admin = MembersApi.newPerson();
        return new Org(admin, MembersApi.organisation(admin.token(), Map.of("name", name, "type", type, "country", country)));
    }
}
