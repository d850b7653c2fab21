package eu.viaduc.matchmaking.consortium;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import eu.viaduc.matchmaking.MatchmakingWorld;
import eu.viaduc.matchmaking.MatchmakingWorld.Member;
import eu.viaduc.matchmaking.cluster.events.MembersClusterEvents;
import eu.viaduc.matchmaking.cluster.service.KnownClusters;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.KafkaCloudEvents;
import eu.viaduc.testing.MembersWorld;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/**
 * Teams through the API, from organisations and memberships that reached this service as members'
 * events. A partner search for cork, aquaculture and clinical trials, two countries and two clusters
 * asked, one member per cluster: Wide offers all three alone (Portugal, cluster A), which the rules rule
 * out; Lab (Spain, cluster B) adds the country and cluster, and Farm (Portugal, cluster A again) cannot
 * team up with Wide. By hand: {Wide, Lab}, then {Farm, Lab}.
 */
@QuarkusTest
class ConsortiumTest {

    private static final List<String> SOUGHT = List.of("cork", "aquaculture", "clinical-trials");

    @Inject
    DataSource dataSource;

    @Inject
    KnownClusters knownClusters;

    @BeforeEach
    void forgetOrganisationsOfEarlierRunsOfferingTheseCompetences() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from organisation_profile where competence_keys && array['cork','aquaculture','clinical-trials']");
        }
    }

    @Test
    void aPartnerSearchGetsTheSmallestTeamsAcrossCountriesAndClustersWithWhoCoversWhatAndWhyTheObviousOneWasRuledOut() {
        UUID clusterA = MembersWorld.cluster();
        UUID clusterB = MembersWorld.cluster();
        Member poster = MatchmakingWorld.member("Porto Lead", "PT", List.of("cork"));
        Member wide = MatchmakingWorld.member("Wide Seas", "PT", SOUGHT);
        Member lab = MatchmakingWorld.member("Lab Madrid", "ES", List.of("clinical-trials"));
        Member farm = MatchmakingWorld.member("Farm Aveiro", "PT", List.of("cork", "aquaculture"));
        MembersWorld.activeMember(wide.id(), clusterA);
        MembersWorld.activeMember(farm.id(), clusterA);
        MembersWorld.activeMember(lab.id(), clusterB);
        clusterNamed(clusterB, "BioGalicia Cluster");
        UUID search = MatchmakingWorld.published(poster.editor(), partnerSearch(poster.id()));

        JsonPath proposal = given().auth().oauth2(TestTokens.person()).header("Accept-Language", "fr")
                .contentType(ContentType.JSON)
                .body(Map.of("minCountries", 2, "minClusters", 2, "onePerCluster", true, "maxSize", 4))
                .post("/api/v1/opportunities/" + search + "/consortia")
                .then().statusCode(200).body("language", equalTo("fr")).body("search.method", equalTo("EXACT"))
                .body("search.complete", equalTo(true)).body("uncoveredCompetences", empty())
                .extract().jsonPath();

        assertThat(proposal.getList("teams.members.name")).containsExactly(
                List.of("Wide Seas", "Lab Madrid"), List.of("Farm Aveiro", "Lab Madrid"));
        assertThat(proposal.getList("teams[0].countries")).containsExactly("ES", "PT");
        assertThat(proposal.getList("teams[0].clusters")).containsExactlyInAnyOrder(clusterA.toString(), clusterB.toString());
        assertThat(proposal.getString("teams[0].explanation"))
                .isEqualTo("2 membres de 2 pays, représentant 2 clusters, couvrent les 3 compétences demandées.");
        assertThat(proposal.getList("teams[0].coverage.competence")).containsExactlyElementsOf(SOUGHT);
        assertThat(proposal.getList("teams[0].coverage.find { it.competence == 'clinical-trials' }.coveredBy"))
                .containsExactlyInAnyOrder(wide.id().toString(), lab.id().toString());
        Map<String, Object> labMember = proposal.getMap("teams[0].members.find { it.name == 'Lab Madrid' }");
        assertThat(labMember).containsEntry("represents", clusterB.toString()).containsEntry("representsName", "BioGalicia Cluster")
                .containsEntry("covers", List.of("clinical-trials"));
        assertThat((String) labMember.get("explanation")).startsWith("Couvre “Essais cliniques”. De ES, membre de 1 clusters");

        assertThat(proposal.getList("ruledOut.members.name")).containsExactly("Wide Seas");
        assertThat(proposal.getList("ruledOut.violations.rule")).containsExactly("COUNTRIES", "CLUSTERS");
        assertThat(proposal.getString("explanation")).contains("L'équipe évidente", "(Wide Seas), a été écartée",
                "ses membres viennent de 1 pays, 2 demandés.", "ses membres représentent 1 clusters différents, 2 demandés.");
        assertThat(proposal.getList("teams.members.organisationId").toString()).doesNotContain(poster.id().toString());
    }

    /** As members-service publishes a cluster's registration; waits until the clusters' read model has it. */
    private void clusterNamed(UUID cluster, String name) {
        String data = """
                {"clusterId": "%s", "version": 0, "changedAt": "2026-12-01T09:00:00Z",
                 "profile": {"name": "%s", "country": "ES", "descriptions": {}, "valueChains": [], "naceCodes": []}}"""
                .formatted(cluster, name);
        TopicProbe.send(KafkaCloudEvents.toRecord(MembersClusterEvents.TOPIC, new CloudEvent(UUID.randomUUID().toString(),
                "/viaduc/members-service", MembersClusterEvents.REGISTERED_V2, cluster.toString(), OffsetDateTime.now(), data)));
        await().atMost(Duration.ofSeconds(30)).until(() -> name.equals(QuarkusTransaction.requiringNew()
                .call(() -> knownClusters.namesOf(List.of(cluster))).get(cluster)));
    }

    @Test
    void competencesAskedAdHocThatNobodyOffersGiveNoTeamAndNameTheCompetence() {
        MatchmakingWorld.member("Cork Only", "PT", List.of("cork"));

        given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON)
                .body(Map.of("requiredCompetences", List.of("cork", "alternative-proteins")))
                .post("/api/v1/consortia")
                .then().statusCode(200).body("teams", empty()).body("uncoveredCompetences", equalTo(List.of("alternative-proteins")))
                .body("explanation", equalTo("No organisation offers “Alternative proteins”: no team can cover it."));
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        refused(Map.of("requiredCompetences", List.of("cork", "basket-weaving")), "requiredCompetences[1]");
        refused(Map.of("requiredCompetences", List.of()), "requiredCompetences");
        refused(Map.of("requiredCompetences", List.of("cork"), "countriesSought", List.of("XX")), "countriesSought[0]");
        refused(Map.of("requiredCompetences", List.of("cork"), "rules", Map.of("maxSize", 9)), "maxSize");
        refused(Map.of("requiredCompetences", List.of("cork"), "rules", Map.of("minCountries", 4, "maxSize", 3)), "minCountries");
        given().contentType(ContentType.JSON).body(Map.of("requiredCompetences", List.of("cork")))
                .post("/api/v1/consortia").then().statusCode(401);
    }

    @Test
    void aDraftIsNotFoundOutsideItsOrganisation() {
        Member poster = MatchmakingWorld.member("Draft Lead", "PT", List.of("cork"));
        UUID draft = MatchmakingWorld.drafted(poster.editor(), partnerSearch(poster.id()));

        given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/opportunities/" + draft + "/consortia").then().statusCode(404);
        given().auth().oauth2(TestTokens.person(poster.editor())).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/opportunities/" + draft + "/consortia").then().statusCode(200);
    }

    private static void refused(Map<String, Object> body, String field) {
        given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON).body(body).post("/api/v1/consortia")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", containsString(field));
    }

    private static Map<String, Object> partnerSearch(UUID organisation) {
        return Map.of("organisationId", organisation.toString(), "type", "PARTNER_SEARCH", "originalLanguage", "en",
                "texts", Map.of("en", Map.of("title", "Blue economy consortium for a Horizon call")),
                "requiredCompetences", SOUGHT, "keywords", List.of(), "naceCodes", List.of(), "countriesSought", List.of(),
                "deadline", LocalDate.now().plusMonths(3).toString());
    }
}
