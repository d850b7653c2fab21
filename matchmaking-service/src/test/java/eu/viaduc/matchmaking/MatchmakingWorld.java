package eu.viaduc.matchmaking;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import eu.viaduc.matchmaking.organisation.MembersEventFixtures;
import eu.viaduc.matchmaking.organisation.service.OrganisationProfiles;
import eu.viaduc.testing.MembersWorld;
import eu.viaduc.testing.TestTokens;

/**
 * Organisations as members-service's events bring them to matchmaking (profile and who acts for
 * them), and opportunities written through the API by their people.
 */
public final class MatchmakingWorld {

    private MatchmakingWorld() {
    }

    /** An organisation in this country with these competences, and its EDITOR (a token subject). */
    public record Member(UUID id, String editor) {
    }

    public static Member member(String name, String country, List<String> competences) {
        return member(name, country, competences, data -> { });
    }

    /** As members-service would publish it, with the rest of the profile set by {@code profile}. */
    public static Member member(String name, String country, List<String> competences, Consumer<ObjectNode> profile) {
        UUID id = UUID.randomUUID();
        var data = MembersEventFixtures.registeredData(id, name, competences);
        data.put("country", country);
        profile.accept(data);
        eu.viaduc.testing.TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(), data));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Arc.container().instance(OrganisationProfiles.class).get().find(id).isPresent()));
        String editor = UUID.randomUUID().toString();
        MembersWorld.people(id, 1, Map.of(editor, "EDITOR"));
        return new Member(id, editor);
    }

    /** An urgent need for masks in French and English: 200,000 masks within 30 days, FR or BE sought. */
    public static Map<String, Object> urgentNeed(UUID organisation) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisation.toString());
        body.put("type", "URGENT_NEED");
        body.put("originalLanguage", "fr");
        body.put("texts", Map.of(
                "fr", Map.of("title", "Masques FFP2 pour les hôpitaux du Nord",
                        "description", "Nous cherchons des ateliers capables de coudre des masques chirurgicaux."),
                "en", Map.of("title", "FFP2 masks for hospitals in northern France")));
        body.put("requiredCompetences", List.of("ppe-production"));
        body.put("keywords", List.of("Masks", "FFP2"));
        body.put("naceCodes", List.of("14.12"));
        body.put("countriesSought", List.of("FR", "BE"));
        body.put("quantity", 200_000);
        body.put("quantityUnit", "masks");
        body.put("deadline", LocalDate.now().plusDays(30).toString());
        return body;
    }

    public static Response draft(String editor, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.person(editor)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/opportunities");
    }

    public static UUID drafted(String editor, Map<String, Object> body) {
        return UUID.fromString(draft(editor, body).then().statusCode(201).extract().path("id"));
    }

    public static Response step(String person, UUID id, String step) {
        return given().auth().oauth2(TestTokens.person(person)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Suppliers found through Viaduc")).post("/api/v1/opportunities/" + id + "/" + step);
    }

    public static UUID published(String editor, Map<String, Object> body) {
        UUID id = drafted(editor, body);
        step(editor, id, "publication").then().statusCode(200);
        return id;
    }
}
