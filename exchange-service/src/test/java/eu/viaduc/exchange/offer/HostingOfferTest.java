package eu.viaduc.exchange.offer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.testing.MembersWorld;
import eu.viaduc.exchange.ProgrammeWorld;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;

/** Hosts publish what they offer; visitors find it by country, value chain, language and dates. */
@QuarkusTest
class HostingOfferTest {

    @Test
    void visitorsFindOffersByCountryValueChainLanguageAndDates() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        String danishEditor = UUID.randomUUID().toString();
        UUID danish = world.member("Nordisk Genbrug ApS", "SME", "DK", 55.68, 12.57, world.spanishCluster, danishEditor);
        UUID autumn = UUID.fromString(publish(danishEditor, world.programme, danish, "circular-economy", List.of("en", "da"),
                "2026-09-01", "2026-11-30").then().statusCode(201).body("hostCountry", equalTo("DK"))
                .body("hostName", equalTo("Nordisk Genbrug ApS")).body("placesLeft", equalTo(2))
                .extract().path("id"));
        String partner = TestTokens.forRole(Roles.PARTNER_APP);
        String base = "/api/v1/hosting-offers?programmeId=" + world.programme;
        given().auth().oauth2(partner).get(base + "&country=DK").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(autumn.toString()));
        given().auth().oauth2(partner).get(base + "&valueChain=Circular-Economy").then().body("total", equalTo(1));
        given().auth().oauth2(partner).get(base + "&language=da").then().body("total", equalTo(1));
        given().auth().oauth2(partner).get(base + "&language=es").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(world.offer.toString()));
        // windows overlapping the dates asked for: the Spanish offer runs all programme long
        given().auth().oauth2(partner).get(base + "&from=2026-12-01&until=2026-12-31").then().body("total", equalTo(1));
        given().auth().oauth2(partner).get(base + "&from=2026-10-01&until=2026-10-05").then().body("total", equalTo(2));
        given().auth().oauth2(partner).get(base + "&country=Denmark").then().statusCode(400)
                .body("violations.field", hasItem(containsString("country")));
        given().auth().oauth2(partner).get(base + "&from=2026-13-01").then().statusCode(400)
                .body("violations.field", hasItem(containsString("from")));

        // withdrawn: no longer found; withdrawing twice is a conflict
        given().auth().oauth2(TestTokens.person(world.hostEditor)).post("/api/v1/hosting-offers/" + autumn + "/withdrawal")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.person(danishEditor)).post("/api/v1/hosting-offers/" + autumn + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(TestTokens.person(danishEditor)).post("/api/v1/hosting-offers/" + autumn + "/withdrawal")
                .then().statusCode(409);
        given().auth().oauth2(partner).get(base + "&country=DK").then().body("total", equalTo(0));
        world.apply(world.visitor, world.visitorEditor, autumn, "2026-09-07", "2026-09-11").then().statusCode(400)
                .body("violations.field", hasItem("offerId"));
    }

    @Test
    void onlyAHostOfTheAllianceInACountryWithALumpSumPublishesInsideTheProgramme() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        // not the host's people
        publish(world.visitorEditor, world.programme, world.host, "textile", List.of("en"), "2026-03-01", "2026-04-30")
                .then().statusCode(403);
        // a window outside the programme
        publish(world.hostEditor, world.programme, world.host, "textile", List.of("en"), "2025-12-01", "2026-01-31")
                .then().statusCode(400).body("violations.field", hasItem("availableUntil"));
        // not a member of a cluster of the alliance
        String outsiderEditor = UUID.randomUUID().toString();
        UUID outsider = MembersWorld.organisation("Outsider GmbH", "SME", "DE", 52.5, 13.4);
        MembersWorld.people(outsider, 1, Map.of(outsiderEditor, "ADMIN"));
        publish(outsiderEditor, world.programme, outsider, "textile", List.of("de"), "2026-03-01", "2026-04-30")
                .then().statusCode(400).body("violations.field", hasItem("hostOrganisationId"))
                .body("detail", containsString("not an active member"));
        // a member in a country without a lump sum
        String italianEditor = UUID.randomUUID().toString();
        UUID italian = world.member("Tessile Como Srl", "SME", "IT", 45.81, 9.08, world.spanishCluster, italianEditor);
        publish(italianEditor, world.programme, italian, "textile", List.of("it"), "2026-03-01", "2026-04-30")
                .then().statusCode(400).body("detail", containsString("no lump sum"));
        // a bad language and a missing capacity, named
        Map<String, Object> body = new HashMap<>(offer(world.programme, world.host, "textile", List.of("English"),
                "2026-03-01", "2026-04-30"));
        body.remove("capacity");
        given().auth().oauth2(TestTokens.person(world.hostEditor)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/hosting-offers").then().statusCode(400)
                .body("violations.field", hasItem(containsString("languages")))
                .body("violations.field", hasItem("capacity"));
    }

    private static io.restassured.response.Response publish(String editor, UUID programme, UUID host, String valueChain,
            List<String> languages, String from, String until) {
        return given().auth().oauth2(TestTokens.person(editor)).contentType(ContentType.JSON)
                .body(offer(programme, host, valueChain, languages, from, until)).post("/api/v1/hosting-offers");
    }

    private static Map<String, Object> offer(UUID programme, UUID host, String valueChain, List<String> languages,
            String from, String until) {
        return Map.of("programmeId", programme.toString(), "hostOrganisationId", host.toString(), "topic", "Take-back logistics",
                "valueChain", valueChain, "languages", languages, "availableFrom", from, "availableUntil", until,
                "capacity", 2);
    }
}
