package eu.viaduc.matchmaking.opportunity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.matchmaking.MatchmakingWorld;
import eu.viaduc.matchmaking.MatchmakingWorld.Member;

/** Published opportunities by filters and by words in any of their languages. */
@QuarkusTest
class OpportunitySearchTest {

    @Test
    void wordsFindTextsInTheirOwnLanguageByStemAndFiltersNarrowTheMatches() {
        Member poster = MatchmakingWorld.member("Textiles de Roubaix SA", "FR", List.of("weaving"));
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> masks = MatchmakingWorld.urgentNeed(poster.id());
        masks.put("keywords", List.of(marker));
        UUID urgent = MatchmakingWorld.published(poster.editor(), masks);

        Map<String, Object> dutch = MatchmakingWorld.urgentNeed(poster.id());
        dutch.put("type", "BUYER_REQUEST");
        dutch.put("originalLanguage", "nl");
        dutch.put("texts", Map.of("nl", Map.of("title", "Leveranciers van gerecycleerde garens gezocht",
                "description", "Een grote kledingketen zoekt spinnerijen voor gerecycleerde katoen.")));
        dutch.put("requiredCompetences", List.of("textile-recycling", "spinning"));
        dutch.put("naceCodes", List.of("C13"));
        dutch.put("countriesSought", List.of());
        dutch.put("keywords", List.of(marker));
        UUID buyer = MatchmakingWorld.published(poster.editor(), dutch);
        // a draft is never found
        Map<String, Object> draft = MatchmakingWorld.urgentNeed(poster.id());
        draft.put("keywords", List.of(marker));
        MatchmakingWorld.drafted(poster.editor(), draft);

        String all = "/api/v1/opportunities?q=" + marker;
        given().get(all).then().statusCode(200).body("total", equalTo(2));
        // French stems: "masque" finds "Masques", "chirurgical" finds "chirurgicaux"
        given().get(all + " masque chirurgical").then().body("items.id", equalTo(List.of(urgent.toString())));
        // Dutch stems: "garen" finds "garens"
        given().get(all + " garen").then().body("items.id", equalTo(List.of(buyer.toString())));
        given().get(all + "&type=BUYER_REQUEST").then().body("items.id", equalTo(List.of(buyer.toString())));
        given().get(all + "&competence=ppe-production").then().body("items.id", equalTo(List.of(urgent.toString())));
        // a NACE prefix finds what lies under it: C finds both, 14 (C14.12) only the masks
        given().get(all + "&naceCode=C").then().body("total", equalTo(2));
        given().get(all + "&naceCode=14").then().body("items.id", equalTo(List.of(urgent.toString())));
        // seeking partners anywhere matches every country
        given().get(all + "&country=BG").then().body("items.id", equalTo(List.of(buyer.toString())));
        given().get(all + "&country=BE").then().body("total", equalTo(2));
        given().header("Accept-Language", "en").get(all + "&competence=ppe-production").then()
                .body("items[0].title", equalTo("FFP2 masks for hospitals in northern France"))
                .body("items[0].organisationName", equalTo("Textiles de Roubaix SA"));
        given().get(all + "&country=France").then().statusCode(400).body("violations[0].field", equalTo("country"));
    }
}
