package eu.viaduc.exchange.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.testing.MembersWorld;
import eu.viaduc.exchange.ProgrammeWorld;
import eu.viaduc.testing.TestTokens;

/** The programme's rules, checked from the read models of members' events as people apply and submit. */
@QuarkusTest
class StayRulesTest {

    @Test
    void theHostMustBeInAnotherCountry() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        String editor = UUID.randomUUID().toString();
        UUID catalan = world.member("Filats Sabadell SL", "SME", "ES", 41.54, 2.11, world.spanishCluster, editor);
        world.apply(catalan, editor, world.offer, "2026-06-08", "2026-06-12").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("offerId"))
                .body("detail", containsString("the visitor's own country"));
    }

    @Test
    void theVisitorMustBeAnActiveMemberOfAClusterOfTheAlliance() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        String editor = UUID.randomUUID().toString();
        UUID outsider = MembersWorld.organisation("Outsider SRL", "SME", "RO", 44.43, 26.10);
        MembersWorld.people(outsider, 1, java.util.Map.of(editor, "EDITOR"));
        world.apply(outsider, editor, world.offer, "2026-06-08", "2026-06-12").then().statusCode(400)
                .body("violations.field", hasItem("visitorOrganisationId"))
                .body("detail", containsString("not an active member"));

        // a member whose membership ends cannot submit its draft any more
        String memberEditor = UUID.randomUUID().toString();
        UUID member = MembersWorld.organisation("Soon Gone SRL", "SME", "RO", 44.43, 26.10);
        UUID membership = MembersWorld.activeMember(member, world.bulgarianCluster);
        MembersWorld.people(member, 1, java.util.Map.of(memberEditor, "EDITOR"));
        UUID draft = UUID.fromString(world.apply(member, memberEditor, world.offer, "2026-06-08", "2026-06-12")
                .then().statusCode(201).extract().path("id"));
        MembersWorld.endMembership(membership, member, world.bulgarianCluster);
        world.move(draft, "submission", memberEditor).then().statusCode(400)
                .body("violations.field", hasItem("visitorOrganisationId"));
    }

    @Test
    void theStayLiesInsideTheProgrammePeriodAndTheHostsWindow() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        world.apply("2025-12-29", "2026-01-02").then().statusCode(400).body("violations.field", hasItem("startsOn"))
                .body("detail", containsString("programme's period"));
        world.apply("2026-06-12", "2026-06-08").then().statusCode(400).body("violations.field", hasItem("endsOn"));
        String editor = UUID.randomUUID().toString();
        UUID otherHost = world.member("Dansk Design ApS", "SME", "DK", 55.68, 12.57, world.spanishCluster, editor);
        UUID narrowOffer = UUID.fromString(given().auth().oauth2(TestTokens.person(editor))
                .contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("programmeId", world.programme.toString(), "hostOrganisationId", otherHost.toString(),
                        "topic", "Design sprints", "valueChain", "lifestyle", "languages", List.of("en", "da"),
                        "availableFrom", "2026-09-01", "availableUntil", "2026-09-30", "capacity", 2))
                .post("/api/v1/hosting-offers").then().statusCode(201).extract().path("id"));
        world.apply(world.visitor, world.visitorEditor, narrowOffer, "2026-06-08", "2026-06-12").then().statusCode(400)
                .body("detail", containsString("host's availability 2026-09-01 to 2026-09-30"));
        world.apply(world.visitor, world.visitorEditor, narrowOffer, "2026-09-07", "2026-09-11").then().statusCode(201);
    }

    @Test
    void theStayCountsWorkingDaysInTheHostCountryWithoutWeekendsAndPublicHolidays() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        // Thursday to the next Wednesday: 5 working days, the weekend left out
        world.apply("2026-06-04", "2026-06-10").then().statusCode(201).body("workingDays", equalTo(5));
        // two working weeks: over the programme's 5
        world.apply("2026-06-08", "2026-06-19").then().statusCode(400).body("violations.field", hasItem("endsOn"))
                .body("detail", containsString("the stay has 10 working days in ES"));
        // Monday 12 October 2026 is Spain's national day: Monday to Friday is 4 working days there, half rate
        world.apply("2026-10-12", "2026-10-16").then().statusCode(201).body("workingDays", equalTo(4))
                .body("lumpSum.amount", equalTo(550.0f)).body("lumpSum.fullAmount", equalTo(1100.0f))
                .body("lumpSum.halvedBecause", equalTo(List.of("SHORT_STAY")));
        // Thursday 1 and Friday 2 October 2026: two working days are too few
        world.apply("2026-10-01", "2026-10-02").then().statusCode(400)
                .body("detail", containsString("the programme allows 3 to 5"));
    }

    @Test
    void anOrganisationVisitsOncePerProgrammeButHostsManyTimes() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        UUID first = world.draft();
        UUID second = UUID.fromString(world.apply("2026-09-07", "2026-09-11").then().statusCode(201)
                .extract().path("id"));
        world.move(first, "submission", world.visitorEditor).then().statusCode(200);
        world.move(second, "submission", world.visitorEditor).then().statusCode(409)
                .body("violations.field", hasItem("visitorOrganisationId"))
                .body("detail", containsString("visits once per programme"));
        // once the first is withdrawn, the second may go
        world.move(first, "withdrawal", world.visitorEditor).then().statusCode(200);
        world.move(second, "submission", world.visitorEditor).then().statusCode(200);

        // the host hosts a second visitor in the same programme
        String editor = UUID.randomUUID().toString();
        UUID another = world.member("Sofia Textile EOOD", "SME", "BG", 42.70, 23.32, world.bulgarianCluster, editor);
        UUID third = UUID.fromString(world.apply(another, editor, world.offer, "2026-06-08", "2026-06-12")
                .then().statusCode(201).extract().path("id"));
        world.move(third, "submission", editor).then().statusCode(200);
    }

    @Test
    void theHostAcceptsNoMoreVisitorsThanItsOfferHasPlaces() {
        ProgrammeWorld world = ProgrammeWorld.withSmeCap(75, 1);
        UUID first = world.draft();
        String editor = UUID.randomUUID().toString();
        UUID another = world.member("Sofia Textile EOOD", "SME", "BG", 42.70, 23.32, world.bulgarianCluster, editor);
        UUID second = UUID.fromString(world.apply(another, editor, world.offer, "2026-06-08", "2026-06-12")
                .then().statusCode(201).extract().path("id"));
        for (var pair : List.of(java.util.Map.entry(first, world.visitorEditor), java.util.Map.entry(second, editor))) {
            world.move(pair.getKey(), "submission", pair.getValue()).then().statusCode(200);
            world.move(pair.getKey(), "validation", world.bulgarianClusterManager).then().statusCode(200);
        }
        world.move(first, "acceptance", world.hostEditor).then().statusCode(200);
        world.move(second, "acceptance", world.hostEditor).then().statusCode(409)
                .body("detail", containsString("the hosting offer is full"));
    }

    @Test
    void theLumpSumIsHalvedWhenHostAndVisitorAreCloserThan200Km() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        // Perpignan (FR) to Terrassa (ES): about 150 km
        String near = UUID.randomUUID().toString();
        UUID perpignan = world.member("Tissages Catalans SARL", "SME", "FR", 42.6887, 2.8948, world.bulgarianCluster, near);
        world.apply(perpignan, near, world.offer, "2026-06-08", "2026-06-12").then().statusCode(201)
                .body("lumpSum.amount", equalTo(550.0f)).body("lumpSum.halvedBecause", equalTo(List.of("SHORT_DISTANCE")))
                .body("lumpSum.distanceKm", org.hamcrest.Matchers.lessThan(200));
        // Montpellier (FR) to Terrassa: about 290 km, full rate
        String far = UUID.randomUUID().toString();
        UUID montpellier = world.member("Mode Occitane SAS", "SME", "FR", 43.6108, 3.8767, world.bulgarianCluster, far);
        world.apply(montpellier, far, world.offer, "2026-06-08", "2026-06-12").then().statusCode(201)
                .body("lumpSum.amount", equalTo(1100.0f)).body("lumpSum.halvedBecause", equalTo(List.of()))
                .body("lumpSum.distanceKm", org.hamcrest.Matchers.greaterThan(200));
        // no registered point: the distance is unknown and does not halve it
        String unknown = UUID.randomUUID().toString();
        UUID pointless = world.member("Sans Adresse SAS", "SME", "FR", null, null, world.bulgarianCluster, unknown);
        world.apply(pointless, unknown, world.offer, "2026-06-08", "2026-06-12").then().statusCode(201)
                .body("lumpSum.amount", equalTo(1100.0f)).body("lumpSum.distanceKm", org.hamcrest.Matchers.nullValue());
    }
}
