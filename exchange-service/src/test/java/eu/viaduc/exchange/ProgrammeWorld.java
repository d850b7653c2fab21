package eu.viaduc.exchange;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import eu.viaduc.testing.MembersWorld;
import eu.viaduc.testing.TestTokens;

/**
 * A programme with everyone around it, set up through members' events and this service's API: an
 * alliance of a Spanish and a Bulgarian cluster, each with a manager; a Bulgarian SME that visits (an
 * active member of the Bulgarian cluster) and a Spanish SME that hosts (of the Spanish cluster), each
 * with an EDITOR; the alliance's manager opens the programme and the host publishes an offer.
 */
public final class ProgrammeWorld {

    public static final String PROGRAMME_STARTS = "2026-01-01";
    public static final String PROGRAMME_ENDS = "2027-12-31";

    public final String allianceManager = UUID.randomUUID().toString();
    public final String spanishClusterManager = UUID.randomUUID().toString();
    public final String bulgarianClusterManager = UUID.randomUUID().toString();
    public final String visitorEditor = UUID.randomUUID().toString();
    public final String hostEditor = UUID.randomUUID().toString();
    public final UUID spanishCluster;
    public final UUID bulgarianCluster;
    public final UUID alliance;
    public final UUID visitor;
    public final UUID host;
    public final UUID programme;
    public final UUID offer;

    private ProgrammeWorld(Map<String, Object> targets, int capacity, String budget) {
        spanishCluster = MembersWorld.cluster(spanishClusterManager);
        bulgarianCluster = MembersWorld.cluster(bulgarianClusterManager);
        alliance = MembersWorld.alliance(List.of(spanishCluster, bulgarianCluster), allianceManager);
        // Sofia and Terrassa: about 1,800 km apart
        visitor = member("Gabrovo Knit OOD", "SME", "BG", 42.6977, 23.3219, bulgarianCluster, visitorEditor);
        host = member("Teixits Valles SL", "SME", "ES", 41.5630, 2.0089, spanishCluster, hostEditor);
        programme = UUID.fromString(given().auth().oauth2(TestTokens.person(allianceManager)).contentType(ContentType.JSON)
                .body(programmeBody(alliance, targets, budget)).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id"));
        offer = offer(programme, host, hostEditor, capacity);
    }

    /** Another programme of the same alliance with an offer of the same host: a fresh place to visit. */
    public record Round(UUID programme, UUID offer) {
    }

    public Round anotherRound() {
        UUID another = UUID.fromString(given().auth().oauth2(TestTokens.person(allianceManager)).contentType(ContentType.JSON)
                .body(programmeBody(alliance, null, "110000")).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id"));
        return new Round(another, offer(another, host, hostEditor, 5));
    }

    public static ProgrammeWorld standard() {
        return new ProgrammeWorld(null, 5, "110000");
    }

    /** A programme whose SME category is capped at this target. */
    public static ProgrammeWorld withSmeCap(int smeTarget, int capacity) {
        return new ProgrammeWorld(Map.of("SME", smeTarget), capacity, "10000000");
    }

    /** Another organisation, an active member of the cluster, with an EDITOR. */
    public UUID member(String name, String type, String country, Double latitude, Double longitude, UUID cluster,
            String editor) {
        UUID organisation = MembersWorld.organisation(name, type, country, latitude, longitude);
        MembersWorld.activeMember(organisation, cluster);
        MembersWorld.people(organisation, 1, Map.of(editor, "EDITOR"));
        return organisation;
    }

    public UUID offer(UUID inProgramme, UUID hostOrganisation, String editor, int capacity) {
        return UUID.fromString(given().auth().oauth2(TestTokens.person(editor)).contentType(ContentType.JSON)
                .body(Map.of("programmeId", inProgramme.toString(), "hostOrganisationId", hostOrganisation.toString(),
                        "topic", "Circular knitwear", "valueChain", "textile", "languages", List.of("en", "es"),
                        "availableFrom", PROGRAMME_STARTS, "availableUntil", PROGRAMME_ENDS, "capacity", capacity))
                .post("/api/v1/hosting-offers").then().statusCode(201).extract().path("id"));
    }

    /** The visitor's EDITOR applies for a stay at the offer. */
    public Response apply(String startsOn, String endsOn) {
        return apply(visitor, visitorEditor, offer, startsOn, endsOn);
    }

    public Response apply(UUID visitorOrganisation, String editor, UUID atOffer, String startsOn, String endsOn) {
        return given().auth().oauth2(TestTokens.person(editor)).contentType(ContentType.JSON)
                .body(Map.of("offerId", atOffer.toString(), "visitorOrganisationId", visitorOrganisation.toString(),
                        "startsOn", startsOn, "endsOn", endsOn, "objectives", "Learn yarn recovery",
                        "person", Map.of("name", "Marta Puig", "email", "marta.puig@example.com")))
                .post("/api/v1/exchanges");
    }

    /** A DRAFT of a stay from Monday 8 to Friday 12 June 2026 (five working days in Spain), as its id. */
    public UUID draft() {
        return UUID.fromString(apply("2026-06-08", "2026-06-12").then().statusCode(201).extract().path("id"));
    }

    public static Response move(String token, UUID exchange, String step) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "a reason"))
                .post("/api/v1/exchanges/" + exchange + "/" + step);
    }

    public Response move(UUID exchange, String step, String subject) {
        return move(TestTokens.person(subject), exchange, step);
    }

    static Map<String, Object> programmeBody(UUID alliance, Map<String, Object> targetOverrides, String budget) {
        Map<String, Object> targets = new java.util.LinkedHashMap<>(Map.of("SME", 75, "CLUSTER_ORGANISATION", 10,
                "SUPPORT_ORGANISATION", 5, "LARGE_COMPANY", 5, "PUBLIC_BODY", 5));
        if (targetOverrides != null) {
            targets.putAll(targetOverrides);
        }
        return Map.of("allianceId", alliance.toString(), "name", "CLOTH ClusterXchange", "startsOn", PROGRAMME_STARTS,
                "endsOn", PROGRAMME_ENDS, "stay", Map.of("minWorkingDays", 3, "maxWorkingDays", 5),
                "targets", targets.entrySet().stream().map(target -> Map.of("category", target.getKey(),
                        "target", target.getValue(), "capped", true)).toList(),
                "lumpSums", Map.of("ES", 1100, "BG", 800, "RO", 800, "DK", 1300, "FR", 1200),
                "budget", Map.of("amount", new java.math.BigDecimal(budget), "currency", "EUR"));
    }
}
