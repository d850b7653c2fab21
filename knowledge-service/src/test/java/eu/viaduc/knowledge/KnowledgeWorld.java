package eu.viaduc.knowledge;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import eu.viaduc.testing.MembersWorld;
import eu.viaduc.testing.TestTokens;

/**
 * Everyone around a resource, through members' events: an alliance of the author's cluster and a
 * second cluster, a third cluster in another alliance; an author organisation (active member of the
 * first cluster) and one more organisation in each cluster, each with an EDITOR; a manager for each
 * cluster and for the alliance.
 */
public final class KnowledgeWorld {

    public final String authorEditor = UUID.randomUUID().toString();
    public final String sameClusterEditor = UUID.randomUUID().toString();
    public final String sameAllianceEditor = UUID.randomUUID().toString();
    public final String otherAllianceEditor = UUID.randomUUID().toString();
    public final String authorClusterManager = UUID.randomUUID().toString();
    public final String otherClusterManager = UUID.randomUUID().toString();
    public final String allianceManager = UUID.randomUUID().toString();
    public final UUID authorCluster;
    public final UUID sameAllianceCluster;
    public final UUID otherAllianceCluster;
    public final UUID author;
    public final UUID authorMembership;
    public final UUID sameCluster;
    public final UUID sameAlliance;
    public final UUID sameAllianceMembership;
    public final UUID otherAlliance;

    public KnowledgeWorld() {
        authorCluster = MembersWorld.cluster(authorClusterManager);
        sameAllianceCluster = MembersWorld.cluster(otherClusterManager);
        otherAllianceCluster = MembersWorld.cluster();
        MembersWorld.alliance(List.of(authorCluster, sameAllianceCluster), allianceManager);
        MembersWorld.alliance(List.of(otherAllianceCluster));
        author = MembersWorld.organisation("Ateliers du Nord SAS", "SME", "FR", null, null);
        authorMembership = MembersWorld.activeMember(author, authorCluster);
        MembersWorld.people(author, 1, Map.of(authorEditor, "EDITOR"));
        sameCluster = member("Filature Lilloise SARL", "FR", authorCluster, sameClusterEditor);
        sameAlliance = MembersWorld.organisation("Kortrijk Weverij NV", "SME", "BE", 50.83, 3.26);
        sameAllianceMembership = MembersWorld.activeMember(sameAlliance, sameAllianceCluster);
        MembersWorld.people(sameAlliance, 1, Map.of(sameAllianceEditor, "EDITOR"));
        otherAlliance = member("Sofia Pattern Studio EOOD", "BG", otherAllianceCluster, otherAllianceEditor);
    }

    private static UUID member(String name, String country, UUID cluster, String editor) {
        UUID organisation = MembersWorld.organisation(name, "SME", country, null, null);
        MembersWorld.activeMember(organisation, cluster);
        MembersWorld.people(organisation, 1, Map.of(editor, "EDITOR"));
        return organisation;
    }

    /** A resource of the author organisation in French and English, as its id. */
    public UUID draft(String visibility, String frenchTitle, String englishTitle) {
        return UUID.fromString(write(null, resource(visibility, frenchTitle, englishTitle)).then().statusCode(201)
                .extract().path("id"));
    }

    /** Written, submitted and published by the author cluster's manager. */
    public UUID published(String visibility, String frenchTitle, String englishTitle) {
        UUID id = draft(visibility, frenchTitle, englishTitle);
        step(authorEditor, id, "submission").then().statusCode(200);
        step(authorClusterManager, id, "publication").then().statusCode(200);
        return id;
    }

    public Map<String, Object> resource(String visibility, String frenchTitle, String englishTitle) {
        return new HashMap<>(Map.of("authorOrganisationId", author.toString(), "type", "BEST_PRACTICE",
                "visibility", visibility, "valueChain", "textile", "tags", List.of("circular-fashion"),
                "naceCodes", List.of("C13"), "originalLanguage", "fr",
                "texts", Map.of(
                        "fr", Map.of("title", frenchTitle, "summary", "Comment un atelier recycle ses chutes de tissu.",
                                "body", "## Le tri\nNous trions les chutes par fibre avant le recyclage."),
                        "en", Map.of("title", englishTitle, "summary", "How a workshop recycles its fabric offcuts.",
                                "body", "## Sorting\nWe sort the offcuts by fibre before recycling them."))));
    }

    public Response write(UUID id, Map<String, Object> body) {
        var request = given().auth().oauth2(TestTokens.person(authorEditor)).contentType(ContentType.JSON).body(body);
        return id == null ? request.post("/api/v1/resources") : request.put("/api/v1/resources/" + id);
    }

    public static Response step(String subject, UUID id, String step) {
        return given().auth().oauth2(TestTokens.person(subject)).contentType(ContentType.JSON)
                .body(Map.of("comment", "Please add a photo of the sorting line")).post("/api/v1/resources/" + id + "/" + step);
    }
}
