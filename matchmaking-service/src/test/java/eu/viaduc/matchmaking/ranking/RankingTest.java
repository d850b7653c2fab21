package eu.viaduc.matchmaking.ranking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import eu.viaduc.matchmaking.MatchmakingWorld;
import eu.viaduc.matchmaking.MatchmakingWorld.Member;
import eu.viaduc.testing.MembersWorld;
import eu.viaduc.testing.TestTokens;

/**
 * An order a person can check by hand. The need: FFP2 masks, 200,000 by a deadline, competences
 * ppe-production and garment-manufacturing, NACE C14.12, suppliers in FR or BE, posted from Lille.
 * <ul>
 * <li>Lille: both competences, C14.12, in France, large, sews masks (its offers say so), in the poster's
 * cluster: 35 + text + 15 + 15 + 0 + 10 + 10.</li>
 * <li>Gent: ppe-production, and knitting of the family of garment-manufacturing (half), no word in common,
 * C14.19 (same group, 0.75), in Belgium, small, another country and no cluster: 26.25 + 0 + 11.25 + 15 + 2.5
 * + 0.5 + 10.</li>
 * <li>Sofia: garment-manufacturing only (half), no word in common, C14.12, in Bulgaria (not sought), medium,
 * another country and another cluster: 17.5 + 0 + 15 + 0 + 5 + 5 + 10.</li>
 * </ul>
 */
@QuarkusTest
class RankingTest {

    @Test
    void organisationsForAnOpportunityComeInTheOrderTheirNamedFactorsGiveWithReasonsInTheReadersLanguage() {
        Scene scene = new Scene();
        JsonPath ranking = given().auth().oauth2(TestTokens.person()).get("/api/v1/opportunities/" + scene.need + "/candidates?size=100")
                .then().statusCode(200).body("language", equalTo("en")).body("weights.competence", equalTo(0.35f))
                .extract().jsonPath();
        List<String> ids = ranking.getList("items.organisationId");
        assertThat(ids).doesNotContain(scene.poster.id().toString(), scene.software.id().toString());
        assertThat(ids.indexOf(scene.lille.id().toString())).isLessThan(ids.indexOf(scene.gent.id().toString()));
        assertThat(ids.indexOf(scene.gent.id().toString())).isLessThan(ids.indexOf(scene.sofia.id().toString()));

        Map<String, Object> gent = item(ranking, scene.gent);
        assertThat((Float) gent.get("score")).isEqualTo(65.5f);
        assertThat(factor(gent, "competence")).containsEntry("points", 26.25f).containsEntry("explanation",
                "Covers 2 of the 2 required competences. Offers “PPE production (masks, gowns, gloves)”. "
                        + "Offers “Knitting”, of the same family as “Garment manufacturing” (half credit).");
        assertThat(factor(gent, "sector")).containsEntry("value", 0.75f)
                .containsEntry("explanation", "Its sector C14.19 is in the same NACE group as C14.12.");
        assertThat(factor(gent, "geography").get("explanation")).isEqualTo("BE is among the countries sought.");
        assertThat(factor(gent, "diversity").get("explanation"))
                .isEqualTo("From BE, another country than the poster's (FR). A member of no cluster.");
        assertThat(factor(gent, "capacity")).containsEntry("points", 0.5f);

        Map<String, Object> sofia = item(ranking, scene.sofia);
        assertThat((Float) sofia.get("score")).isEqualTo(52.5f);
        assertThat(factor(sofia, "geography").get("explanation")).isEqualTo("BG is not among the countries sought (FR, BE).");

        Map<String, Object> lille = item(ranking, scene.lille);
        assertThat(factor(lille, "text").get("explanation")).asString().startsWith("Its offers and keywords share 3 words")
                .contains("masqu", "ffp2");
        assertThat(factor(lille, "diversity")).containsEntry("points", 0.0f);

        // the same ranking explained in French
        given().auth().oauth2(TestTokens.person()).header("Accept-Language", "fr-BE, en;q=0.5")
                .get("/api/v1/opportunities/" + scene.need + "/candidates?size=100").then().statusCode(200)
                .body("language", equalTo("fr"))
                .body("items.find { it.organisationId == '" + scene.sofia.id() + "' }.factors.find { it.factor == 'geography' }.explanation",
                        equalTo("BG ne fait pas partie des pays recherchés (FR, BE)."));
    }

    @Test
    void weightsAreTheCallersWithinBoundsAndScaledToAddUpToOne() {
        Scene scene = new Scene();
        String path = "/api/v1/opportunities/" + scene.need + "/candidates?size=100";
        // geography alone: the Bulgarian workshop is worth nothing, the French and Belgian ones everything
        JsonPath geography = given().auth().oauth2(TestTokens.person()).get(path + "&weight.competence=0&weight.text=0"
                + "&weight.sector=0&weight.geography=1&weight.diversity=0&weight.capacity=0&weight.profile=0")
                .then().statusCode(200).body("weights.geography", equalTo(1.0f)).extract().jsonPath();
        assertThat((Float) item(geography, scene.sofia).get("score")).isEqualTo(0f);
        assertThat((Float) item(geography, scene.gent).get("score")).isEqualTo(100f);
        given().auth().oauth2(TestTokens.person()).get(path + "&weight.competence=1").then().statusCode(200)
                .body("weights.competence", equalTo(0.6061f));
        given().auth().oauth2(TestTokens.person()).get(path + "&weight.sector=2").then().statusCode(400)
                .body("violations[0].field", equalTo("weight.sector"));
        given().auth().oauth2(TestTokens.person()).get(path + "&weight.competence=0&weight.text=0&weight.sector=0"
                + "&weight.geography=0&weight.diversity=0&weight.capacity=0&weight.profile=0").then().statusCode(400);
        given().get(path).then().statusCode(401);
    }

    @Test
    void anOrganisationSeesOpportunitiesForItWithWhatWouldRaiseItsScore() {
        Scene scene = new Scene();
        String path = "/api/v1/matching-profiles/" + scene.sofia.id() + "/opportunities?size=100";
        JsonPath mine = given().auth().oauth2(TestTokens.person(scene.sofia.editor())).header("Accept-Language", "fr")
                .get(path).then().statusCode(200).extract().jsonPath();
        Map<String, Object> need = mine.getMap("items.find { it.opportunityId == '" + scene.need + "' }");
        assertThat((Float) need.get("score")).isEqualTo(52.5f);
        assertThat(need.get("title")).isEqualTo("Masques FFP2 pour les hôpitaux du Nord");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> improvements = (List<Map<String, Object>>) need.get("improvements");
        assertThat(improvements.get(0)).containsEntry("action", "ADD_COMPETENCE").containsEntry("competence", "ppe-production")
                .containsEntry("points", 17.5f).containsEntry("explanation", "Ajoutez la compétence "
                        + "“Production d'EPI (masques, blouses, gants)” (ppe-production) à votre profil si vous la proposez.");
        given().auth().oauth2(TestTokens.person(scene.gent.editor())).get(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.person(scene.poster.editor()))
                .get("/api/v1/matching-profiles/" + scene.poster.id() + "/opportunities").then().statusCode(200)
                .body("items.opportunityId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(scene.need.toString())));
        given().auth().oauth2(TestTokens.person(scene.gent.editor()))
                .get("/api/v1/matching-profiles/" + scene.gent.id() + "/opportunities?size=100").then().statusCode(200)
                .body("items.find { it.opportunityId == '" + scene.need + "' }.factors.find { it.factor == 'sector' }.explanation",
                        containsString("C14.19"));
    }

    private static Map<String, Object> item(JsonPath ranking, Member member) {
        return ranking.getMap("items.find { it.organisationId == '" + member.id() + "' }");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> factor(Map<String, Object> item, String name) {
        return ((List<Map<String, Object>>) item.get("factors")).stream().filter(f -> f.get("factor").equals(name))
                .findFirst().orElseThrow();
    }

    /** The poster, its need and the workshops of the class comment, each a new organisation. */
    private static final class Scene {

        final UUID posterCluster = MembersWorld.cluster();
        final Member poster = MatchmakingWorld.member("Hôpitaux du Nord GIE", "FR", List.of(), data -> {
            data.put("nutsRegion", "FRE11");
            data.putObject("location").put("latitude", 50.63).put("longitude", 3.06);
        });
        final Member lille = MatchmakingWorld.member("Atelier Masques Lille", "FR",
                List.of("ppe-production", "garment-manufacturing"), data -> {
                    data.put("sizeBand", "LARGE_250_PLUS");
                    data.put("nutsRegion", "FRE11");
                    data.putObject("location").put("latitude", 50.62).put("longitude", 3.05);
                    data.putPOJO("naceCodes", List.of("C14.12"));
                    data.putPOJO("keywords", List.of("masks"));
                    data.putObject("offers").put("fr", "Nous cousons des masques FFP2 et des blouses.");
                });
        final Member gent = MatchmakingWorld.member("Gent Beschermkledij NV", "BE", List.of("ppe-production", "knitting"),
                data -> {
                    data.put("nutsRegion", "BE234");
                    data.putObject("location").put("latitude", 51.05).put("longitude", 3.72);
                    data.putPOJO("naceCodes", List.of("C14.19"));
                    data.putPOJO("keywords", List.of("workwear"));
                    data.putObject("offers").put("nl", "Wij breien werkkleding.");
                });
        final Member sofia = MatchmakingWorld.member("Sofia Sewing OOD", "BG", List.of("garment-manufacturing"), data -> {
            data.put("sizeBand", "MEDIUM_50_249");
            data.putPOJO("naceCodes", List.of("C14.12"));
            data.putPOJO("keywords", List.of("tailoring"));
            data.putObject("offers").put("bg", "Шием облекла по поръчка.");
        });
        final Member software = MatchmakingWorld.member("Lyon Logiciels SAS", "FR", List.of("software-development"));
        final UUID need;

        Scene() {
            MembersWorld.activeMember(poster.id(), posterCluster);
            MembersWorld.activeMember(lille.id(), posterCluster);
            MembersWorld.activeMember(sofia.id(), MembersWorld.cluster());
            Map<String, Object> masks = MatchmakingWorld.urgentNeed(poster.id());
            masks.put("requiredCompetences", List.of("ppe-production", "garment-manufacturing"));
            need = MatchmakingWorld.published(poster.editor(), masks);
        }
    }
}
