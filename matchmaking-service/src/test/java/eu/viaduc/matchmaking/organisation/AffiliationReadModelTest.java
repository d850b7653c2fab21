package eu.viaduc.matchmaking.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.platform.affiliation.AffiliationReadModel;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/**
 * matchmaking-service authorises "may this person act for organisation X" from its own read model of
 * members' affiliation events (platform-commons' shared component), with no call to members-service.
 */
@QuarkusTest
class AffiliationReadModelTest {

    @Inject
    EventSchemas schemas;

    @Test
    void whoActsForAnOrganisationFollowsMembersEventsAndARevocationTakesEffectOnceApplied() {
        UUID organisation = UUID.randomUUID();
        String editor = UUID.randomUUID().toString();
        String admin = UUID.randomUUID().toString();
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(organisation, "Gabrovo Knit OOD", List.of("knitting"))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> matchingProfile(TestTokens.forRole(Roles.PLATFORM_ADMIN),
                organisation).then().statusCode(200));

        // nobody acts for it yet
        matchingProfile(TestTokens.person(editor), organisation).then().statusCode(403)
                .contentType("application/problem+json");

        var granted = MembersEventFixtures.peopleChanged(organisation, 1, Map.of(admin, "ADMIN", editor, "EDITOR"));
        assertThat(schemas.violations(AffiliationReadModel.PEOPLE_CHANGED_V1, granted.value())).isEmpty();
        TopicProbe.send(granted);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> matchingProfile(TestTokens.person(editor), organisation)
                .then().statusCode(200)
                .body("organisationId", equalTo(organisation.toString()))
                .body("facts.competences", equalTo(List.of("knitting")))
                .body("gaps.field", hasItem("keywords")));
        matchingProfile(TestTokens.person(), organisation).then().statusCode(403);
        matchingProfile(TestTokens.forRole(Roles.PARTNER_APP), organisation).then().statusCode(403);

        // the ADMIN removes the EDITOR: the next request after the event is applied is refused
        long sent = System.nanoTime();
        TopicProbe.send(MembersEventFixtures.peopleChanged(organisation, 2, Map.of(admin, "ADMIN")));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> matchingProfile(TestTokens.person(editor), organisation).then().statusCode(403));
        long revokedAfterMillis = (System.nanoTime() - sent) / 1_000_000;
        System.out.printf("revocation took effect in matchmaking-service %d ms after the event was sent%n", revokedAfterMillis);
        matchingProfile(TestTokens.person(admin), organisation).then().statusCode(200);

        // an older list arriving late (a redelivery) changes nothing
        TopicProbe.send(MembersEventFixtures.peopleChanged(organisation, 1, Map.of(admin, "ADMIN", editor, "EDITOR")));
        // same partition of the affiliation topic: once this later list is applied, the stale one was handled
        UUID later = TopicProbe.keyOnSamePartitionAs(organisation.toString());
        TopicProbe.send(MembersEventFixtures.peopleChanged(later, 1, Map.of(editor, "ADMIN")));
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(later, "Later OOD", List.of("sewing"))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> matchingProfile(TestTokens.person(editor), later)
                .then().statusCode(200));
        matchingProfile(TestTokens.person(editor), organisation).then().statusCode(403);
    }

    private static io.restassured.response.Response matchingProfile(String token, UUID organisation) {
        return given().auth().oauth2(token).when().get("/api/v1/matching-profiles/" + organisation);
    }
}
