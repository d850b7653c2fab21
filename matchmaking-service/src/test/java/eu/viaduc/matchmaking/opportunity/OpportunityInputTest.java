package eu.viaduc.matchmaking.opportunity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.matchmaking.MatchmakingWorld;
import eu.viaduc.matchmaking.MatchmakingWorld.Member;
import eu.viaduc.testing.TestTokens;

/** Bad input gets a 400 problem naming the field, and writes nothing. */
@QuarkusTest
class OpportunityInputTest {

    @Test
    void unknownCodesPastDeadlinesAndMissingFieldsOfATypeAreRefusedNamingTheField() {
        Member poster = MatchmakingWorld.member("Filature Lilloise SARL", "FR", List.of("spinning"));
        refused(poster, body -> body.put("requiredCompetences", List.of("ppe-production", "mask-sewing")),
                "requiredCompetences[1]", "vocabulary");
        refused(poster, body -> body.put("naceCodes", List.of("00.10")), "naceCodes[0]", "NACE");
        refused(poster, body -> body.put("naceCodes", List.of("F14")), "naceCodes[0]", "section C");
        refused(poster, body -> body.put("countriesSought", List.of("FR", "XX")), "countriesSought[1]", "ISO 3166");
        refused(poster, body -> body.put("deadline", LocalDate.now().minusDays(1).toString()), "deadline", "past");
        refused(poster, body -> body.remove("quantity"), "quantity", "URGENT_NEED");
        refused(poster, body -> {
            body.put("type", "PARTNER_SEARCH");
            body.remove("deadline");
        }, "deadline", "PARTNER_SEARCH");
        refused(poster, body -> body.put("originalLanguage", "nl"), "originalLanguage", "no text");
        refused(poster, body -> body.put("texts", Map.of("fr", Map.of("title", "Masques"), "xx", Map.of("title", "?"))),
                "texts.xx", "EU");
        refused(poster, body -> body.put("texts", Map.of("fr", Map.of("description", "sans titre"))), "texts.fr.title", "");
        refused(poster, body -> body.put("type", "GIFT"), "type", "");
        given().auth().oauth2(TestTokens.person(poster.editor()))
                .get("/api/v1/opportunities?status=DRAFT&organisationId=" + poster.id()).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void onlyTheOrganisationsEditorsAndAdminsPostForItAndOnlyItsPeopleListItsDrafts() {
        Member poster = MatchmakingWorld.member("Sofia Pattern Studio EOOD", "BG", List.of("pattern-making"));
        Member other = MatchmakingWorld.member("Gent Confectie BV", "BE", List.of("garment-manufacturing"));
        MatchmakingWorld.draft(other.editor(), MatchmakingWorld.urgentNeed(poster.id())).then().statusCode(403)
                .contentType("application/problem+json");
        MatchmakingWorld.drafted(poster.editor(), MatchmakingWorld.urgentNeed(poster.id()));
        given().auth().oauth2(TestTokens.person(other.editor()))
                .get("/api/v1/opportunities?status=DRAFT&organisationId=" + poster.id()).then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().get("/api/v1/opportunities?status=DRAFT").then().statusCode(400);
        given().auth().oauth2(TestTokens.person(poster.editor()))
                .get("/api/v1/opportunities?status=DRAFT&organisationId=" + poster.id()).then().statusCode(200)
                .body("total", equalTo(1));
        given().get("/api/v1/opportunities?type=GIFT").then().statusCode(400).body("violations[0].field", containsString("type"));
    }

    private static void refused(Member poster, Consumer<Map<String, Object>> change, String field, String words) {
        Map<String, Object> body = MatchmakingWorld.urgentNeed(poster.id());
        change.accept(body);
        MatchmakingWorld.draft(poster.editor(), body).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", containsString(field)).body("violations[0].message", containsString(words));
    }
}
