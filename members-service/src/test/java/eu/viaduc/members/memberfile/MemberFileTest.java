package eu.viaduc.members.memberfile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import eu.viaduc.members.MembersApi;
import eu.viaduc.members.membership.events.MembershipEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** A cluster manager imports the member file: row by row, with a report, idempotent; and exports a search. */
@QuarkusTest
class MemberFileTest {

    @Inject
    EventSchemas schemas;

    private static ValidatableResponse importFile(String token, UUID cluster, String csv) {
        return MembersApi.importMemberFile(token, cluster, csv);
    }

    private static String manager(UUID cluster) {
        return MembersApi.manager(cluster).token();
    }

    @Test
    void validRowsBecomeActiveMembersInvalidRowsAreReportedAndASecondImportCreatesNothing() throws Exception {
        UUID cluster = MembersApi.cluster("Import Cluster", "PT", "PT11", null);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String vat = "PT" + String.format("%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
        String csv = """
                name,type,country,nutsRegion,registrationId,competences,keywords,latitude,longitude,description_pt
                Cortiça %1$s Lda,SME,PT,PT11,%2$s,cork;upcycling,rolhas,41.15,-8.61,"Rolhas, painéis e design"
                Atelier %1$s Unipessoal,MICRO,PT,,,embroidery,,,,
                Nowhere %1$s Lda,SME,XX,,,,,,,
                Odd Skills %1$s,SME,PT,,,telepathy,,,,
                Cortiça Again %1$s,SME,PT,,%2$s,,,,,
                Half Point %1$s,SME,PT,,,,,41.1,,
                """.formatted(marker, vat);

        try (TopicProbe memberships = TopicProbe.reading(MembershipEvents.TOPIC)) {
            importFile(manager(cluster), cluster, csv).statusCode(200)
                    .body("report.rows", equalTo(6)).body("report.created", equalTo(2)).body("report.alreadyPresent", equalTo(0))
                    .body("report.membershipsActivated", equalTo(2))
                    .body("report.rejected.line", equalTo(List.of(4, 5, 6, 7)))
                    .body("report.rejected.field", equalTo(List.of("country", "competences[0]", "registrationId", "longitude")))
                    .body("report.rejected[2].reason", containsString("line 2"));

            List<ConsumerRecord<String, String>> activated = memberships.awaitRecords(r -> r.value().contains(
                    cluster.toString()), 2, Duration.ofSeconds(30));
            assertThat(activated).allSatisfy(event -> {
                assertThat(TopicProbe.header(event, "ce_type")).isEqualTo(MembershipEvents.ACTIVATED_V1);
                assertThat(schemas.violations(MembershipEvents.ACTIVATED_V1, event.value())).isEmpty();
            });
        }
        List<String> members = given().queryParam("cluster", cluster).when().get("/api/v1/organisations")
                .then().statusCode(200).body("total", equalTo(2)).extract().path("items.name");
        assertThat(members).containsExactly("Atelier " + marker + " Unipessoal", "Cortiça " + marker + " Lda");

        importFile(manager(cluster), cluster, csv).statusCode(200)
                .body("report.created", equalTo(0)).body("report.alreadyPresent", equalTo(2)).body("report.membershipsActivated", equalTo(0))
                .body("report.rejected.size()", equalTo(4));
        given().queryParam("cluster", cluster).when().get("/api/v1/organisations").then().body("total", equalTo(2));
    }

    /** A row without registration id that names the organisation of an earlier row of the same file is that organisation. */
    @Test
    void aLaterRowByNameIsTheOrganisationAnEarlierRowRegistered() {
        UUID cluster = MembersApi.cluster("Same Name Cluster", "PT", "PT11", null);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String vat = "PT" + String.format("%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
        importFile(manager(cluster), cluster, """
                name,type,country,registrationId
                Mesma %1$s Lda,SME,PT,%2$s
                Mesma %1$s Lda,SME,PT,
                """.formatted(marker, vat)).statusCode(200)
                .body("report.created", equalTo(1)).body("report.alreadyPresent", equalTo(1))
                .body("report.membershipsActivated", equalTo(1)).body("report.rejected.size()", equalTo(0));
        given().queryParam("cluster", cluster).when().get("/api/v1/organisations").then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void theExportIsAMemberFileThatImportsIntoAnotherCluster() throws Exception {
        UUID source = MembersApi.cluster("Export Source", "DK", "DK04", null);
        UUID target = MembersApi.cluster("Export Target", "DK", "DK04", null);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        importFile(manager(source), source, """
                name,type,country,competences,description_en,offer_da
                "Aarhus %1$s, Weavers ApS",SME,DK,weaving,"Wool, woven","Vævning i små serier"
                Herning %1$s Knit A/S,SME,DK,knitting,,
                """.formatted(marker)).statusCode(200).body("report.created", equalTo(2));
        // a spreadsheet's "CSV UTF-8" starts with a byte-order mark: the header must still be read
        importFile(manager(source), source, "\uFEFFname,type,country\nHerning " + marker + " Knit A/S,SME,DK\n")
                .statusCode(200).body("report.alreadyPresent", equalTo(1));

        String exported = given().queryParam("cluster", source).queryParam("languages", "en,da")
                .when().get("/api/v1/organisations/export")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("organisations.csv"))
                .extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(exported)).getRecords();
        assertThat(rows).extracting(row -> row.get("name"))
                .containsExactly("Aarhus " + marker + ", Weavers ApS", "Herning " + marker + " Knit A/S");
        assertThat(rows.get(0).get("description_en")).isEqualTo("Wool, woven");
        assertThat(rows.get(0).get("offer_da")).isEqualTo("Vævning i små serier");

        // organisations already on the map are proposed a membership, which they accept or not
        importFile(manager(target), target, exported).statusCode(200)
                .body("report.created", equalTo(0)).body("report.alreadyPresent", equalTo(2)).body("report.membershipsActivated", equalTo(0))
                .body("report.membershipsProposed", equalTo(2)).body("report.rejected.size()", equalTo(0));
        given().queryParam("cluster", target).when().get("/api/v1/organisations").then().body("total", equalTo(0));
    }

    @Test
    void theExportNeutralisesFormulasAndTheirImportGivesTheSameNamesBack() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String formula = "=HYPERLINK(\"http://evil.example/" + marker + "\",\"Click\")";
        UUID cluster = MembersApi.cluster("Formula Source", "NL", null, null);
        MembersApi.activeMember(MembersApi.organisation(Map.of("name", formula, "type", "SME", "country", "NL",
                "keywords", List.of("-minus" + marker, "@at" + marker))), cluster);
        String exported = given().queryParam("cluster", cluster).when().get("/api/v1/organisations/export")
                .then().statusCode(200).extract().asString();
        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(exported)).getRecords().get(0);
        // a spreadsheet shows these as text: none starts with a formula character
        assertThat(row.get("name")).isEqualTo("'" + formula);
        assertThat(row.get("keywords")).startsWith("'-minus");

        UUID target = MembersApi.cluster("Formula Target", "NL", null, null);
        importFile(manager(target), target, exported).statusCode(200).body("report.alreadyPresent", equalTo(1))
                .body("report.created", equalTo(0));
    }

    @Test
    void anImportIsAJobARepeatedRequestGetsTheSameJobAndAClusterRunsOneAtATime() {
        UUID cluster = MembersApi.cluster("Job Cluster", "FR", null, null);
        String manager = manager(cluster);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("name,type,country\n");
        for (int i = 0; i < 1_500; i++) {
            csv.append("Job ").append(marker).append(' ').append(i).append(" SARL,SME,FR\n");
        }
        String key = UUID.randomUUID().toString();
        var first = given().auth().oauth2(manager).contentType("text/csv").header("Idempotency-Key", key).body(csv.toString())
                .when().post("/api/v1/clusters/" + cluster + "/member-file").then().statusCode(202)
                .body("status", org.hamcrest.Matchers.oneOf("QUEUED", "RUNNING")).extract();
        String job = first.header("Location");
        assertThat(job).contains("/api/v1/member-file-imports/" + first.path("id"));
        // the same request again (a client retrying after a timeout) is the same job, not a second import
        given().auth().oauth2(manager).contentType("text/csv").header("Idempotency-Key", key).body(csv.toString())
                .when().post("/api/v1/clusters/" + cluster + "/member-file").then().statusCode(202)
                .header("Location", job).body("id", equalTo(first.path("id")));
        // another file while this one runs waits its turn
        given().auth().oauth2(manager).contentType("text/csv").body("name,type,country\nOther SARL,SME,FR\n")
                .when().post("/api/v1/clusters/" + cluster + "/member-file").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.person()).when().get(job).then().statusCode(403);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(manager)
                .when().get(job).then().statusCode(200).body("status", equalTo("COMPLETED")));
        given().auth().oauth2(manager).when().get(job).then().body("rowsDone", equalTo(1_500))
                .body("report.created", equalTo(1_500)).body("finishedAt", org.hamcrest.Matchers.notNullValue());
        given().queryParam("cluster", cluster).when().get("/api/v1/organisations").then().body("total", equalTo(1_500));
    }

    @Test
    void aNulCharacterInACellRejectsItsRowNamingTheColumn() {
        UUID cluster = MembersApi.cluster("Nul Import", "NL", null, null);
        importFile(manager(cluster), cluster, "name,type,country,city\nNul Cell BV,SME,NL,Ams\u0000terdam\n")
                .statusCode(200).body("report.created", equalTo(0)).body("report.rejected[0].field", equalTo("city"))
                .body("report.rejected[0].reason", containsString("NUL"));
    }

    @Test
    void onlyTheClustersManagersAndAdminsImportAndABrokenFileIsA400() {
        UUID cluster = MembersApi.cluster("Guarded Import", "BG", "BG32", null);
        String csv = "name,type,country\nSomebody Ltd,SME,BG\n";
        importFile(manager(MembersApi.cluster("Another Import", "BG", "BG32", null)), cluster, csv).statusCode(403);
        importFile(TestTokens.person(), cluster, csv).statusCode(403);
        importFile(TestTokens.forRole(Roles.PARTNER_APP), cluster, csv).statusCode(403);
        given().contentType("text/csv").body(csv).when().post("/api/v1/clusters/" + cluster + "/member-file")
                .then().statusCode(401);
        importFile(manager(cluster), UUID.randomUUID(), csv).statusCode(404);

        importFile(manager(cluster), cluster, "name,type,country\n\"Unclosed,SME,BG\n").statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("file"));
        importFile(manager(cluster), cluster, "name,type\nNo Country Ltd,SME\n").statusCode(400)
                .body("detail", containsString("country"));
        importFile(manager(cluster), cluster, "name,type,country,colour\nBlue Ltd,SME,BG,blue\n").statusCode(400)
                .body("detail", containsString("colour"));
        given().queryParam("cluster", cluster).when().get("/api/v1/organisations").then().body("total", equalTo(0));
    }
}
