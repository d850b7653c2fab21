package eu.viaduc.members.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.members.MembersApi;

/**
 * Search, counts and the map over one cluster's members (other tests' organisations share the
 * database, so every query is scoped to this cluster, unless it proves the scope itself).
 */
@QuarkusTest
class OrganisationSearchTest {

    static UUID cluster;
    static UUID alliance;
    static UUID lyon;
    static UUID gent;
    static UUID ruse;
    static UUID lille;

    /** Once for the class, but in @BeforeEach: the application (and its port) is up only by then. */
    @BeforeEach
    void aClusterWithFourMembersAndOneOutsider() {
        if (cluster != null) {
            return;
        }
        cluster = MembersApi.cluster("Search Cluster " + UUID.randomUUID(), "FR", "FRK", "GOLD");
        alliance = MembersApi.alliance("Search Alliance", List.of(cluster));
        lyon = member(profile("Lyon Soieries SAS", "SME", "FR", "FRK26", "13.20", "weaving",
                Map.of("en", "Silk fabrics woven for fashion houses.", "fr", "Nous tissons des soieries."), 45.76, 4.83));
        gent = member(profile("Gent Coatings NV", "LARGE", "BE", "BE234", "C20", "technical-textiles",
                Map.of("en", "Coatings for technical fabrics."), 51.05, 3.72));
        ruse = member(profile("Ruse Apparel OOD", "SME", "BG", "BG32", "C14", "garment-manufacturing",
                Map.of("bg", "Шием дрехи за марки."), null, null));
        lille = member(profile("Lille Textile Research", "RESEARCH", "FR", "FRE11", "72", "textile-testing",
                Map.of("en", "A testing laboratory for textiles."), 50.63, 3.06));
        MembersApi.organisation(profile("Lyon Soieries Outsider", "SME", "FR", "FRK26", "13.20", "weaving",
                Map.of("en", "Silk fabrics woven for fashion houses."), 45.76, 4.83));
    }

    private static UUID member(Map<String, Object> profile) {
        UUID organisation = MembersApi.organisation(profile);
        MembersApi.activeMember(organisation, cluster);
        return organisation;
    }

    private static Map<String, Object> profile(String name, String type, String country, String nuts, String nace,
            String competence, Map<String, String> descriptions, Double latitude, Double longitude) {
        Map<String, Object> profile = MembersApi.classifiedProfile(name, type, country, nuts, nace, competence);
        profile.put("descriptions", descriptions);
        if (latitude != null) {
            profile.put("location", Map.of("latitude", latitude, "longitude", longitude));
        }
        return profile;
    }

    private List<UUID> found(Map<String, ?> filters) {
        Map<String, Object> query = new HashMap<>(filters);
        query.putIfAbsent("cluster", cluster);
        List<String> ids = given().queryParams(query).when().get("/api/v1/organisations")
                .then().statusCode(200).extract().path("items.id");
        return ids.stream().map(UUID::fromString).toList();
    }

    @Test
    void filtersCombineAndMatchSubCodes() {
        assertThat(found(Map.of())).containsExactly(gent, lille, lyon, ruse);
        assertThat(found(Map.of("country", "FR"))).containsExactly(lille, lyon);
        assertThat(found(Map.of("type", "SME"))).containsExactly(lyon, ruse);
        assertThat(found(Map.of("nace", "C"))).containsExactly(gent, lyon, ruse);
        assertThat(found(Map.of("nace", "13"))).containsExactly(lyon);
        assertThat(found(Map.of("nace", "N72"))).containsExactly(lille);
        assertThat(found(Map.of("nutsRegion", "FRK"))).containsExactly(lyon);
        assertThat(found(Map.of("competence", "technical-textiles"))).containsExactly(gent);
        assertThat(found(Map.of("country", "FR", "type", "RESEARCH", "nace", "N"))).containsExactly(lille);
    }

    @Test
    void clusterAllianceAndLabelLookAtActiveMemberships() {
        List<String> outsiders = given().queryParam("q", "Lyon Soieries").when().get("/api/v1/organisations")
                .then().statusCode(200).extract().path("items.name");
        assertThat(outsiders).contains("Lyon Soieries SAS", "Lyon Soieries Outsider");
        assertThat(found(Map.of("q", "Lyon Soieries"))).containsExactly(lyon);
        assertThat(found(Map.of("alliance", alliance))).containsExactly(gent, lille, lyon, ruse);
        assertThat(found(Map.of("label", "GOLD"))).containsExactly(gent, lille, lyon, ruse);
        assertThat(found(Map.of("label", "SILVER"))).isEmpty();
    }

    @Test
    void fullTextFindsStemmedWordsInEveryStoredLanguageAndRanksNamesFirst() {
        assertThat(found(Map.of("q", "house"))).containsExactly(lyon);
        assertThat(found(Map.of("q", "fabric"))).containsExactlyInAnyOrder(lyon, gent);
        assertThat(found(Map.of("q", "fabric coatings"))).containsExactly(gent);
        assertThat(found(Map.of("q", "Шием"))).containsExactly(ruse);
        assertThat(found(Map.of("q", "soieries", "lang", "fr"))).containsExactly(lyon);
        assertThat(found(Map.of("q", "textile"))).startsWith(lille);
        assertThat(found(Map.of("q", "nothing-like-this"))).isEmpty();
    }

    @Test
    void sortingAndPaging() {
        assertThat(found(Map.of("sort", "-name"))).containsExactly(ruse, lyon, lille, gent);
        assertThat(found(Map.of("sort", "registeredAt"))).containsExactly(lyon, gent, ruse, lille);
        given().queryParam("cluster", cluster).queryParam("size", 3).queryParam("page", 1)
                .when().get("/api/v1/organisations")
                .then().statusCode(200).body("total", equalTo(4)).body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(ruse.toString()));
        given().queryParam("cluster", cluster).queryParam("page", 5).when().get("/api/v1/organisations")
                .then().statusCode(200).body("total", equalTo(4)).body("items.size()", equalTo(0));
    }

    @Test
    void countsByCountryTypeAndSector() {
        given().queryParam("cluster", cluster).when().get("/api/v1/organisations/counts")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("byCountry", equalTo(Map.of("FR", 2, "BE", 1, "BG", 1)))
                .body("byType", equalTo(Map.of("SME", 2, "LARGE", 1, "RESEARCH", 1)))
                .body("bySector", equalTo(Map.of("C", 3, "N", 1)));
    }

    /** Repeated searches and counts may be answered from memory: never once the data has changed. */
    @Test
    void aRepeatedSearchShowsAChangeAtOnce() {
        UUID own = MembersApi.cluster("Repeat Cluster " + UUID.randomUUID(), "FR", "FRK", null);
        MembersApi.activeMember(MembersApi.organisation(profile("Repeat One SAS", "SME", "FR", "FRK26", "13.20", "weaving",
                Map.of("en", "Looms."), null, null)), own);
        for (int i = 0; i < 3; i++) {
            given().queryParam("cluster", own).when().get("/api/v1/organisations").then().statusCode(200)
                    .body("total", equalTo(1));
            given().queryParam("cluster", own).when().get("/api/v1/organisations/counts").then().statusCode(200)
                    .body("total", equalTo(1));
        }
        MembersApi.activeMember(MembersApi.organisation(profile("Repeat Two SAS", "SME", "FR", "FRK26", "13.20", "weaving",
                Map.of("en", "Looms."), null, null)), own);
        given().queryParam("cluster", own).when().get("/api/v1/organisations").then().statusCode(200)
                .body("total", equalTo(2)).body("items.name", equalTo(List.of("Repeat One SAS", "Repeat Two SAS")));
        given().queryParam("cluster", own).when().get("/api/v1/organisations/counts").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void theMapIsGeoJsonOfTheLocatedOrganisations() {
        given().queryParam("cluster", cluster).queryParam("limit", 2).when().get("/api/v1/organisations/map")
                .then().statusCode(200).contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection"))
                .body("numberMatched", equalTo(3))
                .body("numberReturned", equalTo(2))
                .body("features[0].id", equalTo(gent.toString()))
                .body("features[0].geometry.type", equalTo("Point"))
                .body("features[0].geometry.coordinates", equalTo(List.of(3.72f, 51.05f)))
                .body("features[0].properties.name", equalTo("Gent Coatings NV"));
    }

    @Test
    void badParametersAreA400NamingEachOne() {
        given().queryParam("type", "GIANT").queryParam("cluster", "not-an-id").queryParam("sort", "size")
                .queryParam("nace", "C1234").queryParam("size", 1000)
                .when().get("/api/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("type", "cluster", "sort", "nace", "size"));
        given().queryParam("limit", 0).when().get("/api/v1/organisations/map").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }
}
