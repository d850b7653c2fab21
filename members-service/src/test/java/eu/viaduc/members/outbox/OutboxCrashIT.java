package eu.viaduc.members.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import eu.viaduc.testing.KafkaBroker;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/**
 * The packaged service, killed with SIGKILL right after a change committed and before its event
 * was published, loses nothing: the next process publishes it. The first process runs with the
 * relay switched off, which holds the window between commit and publish open for sure.
 */
class OutboxCrashIT {

    private static final String DATABASE = "viaduc_members_crash_it";
    private static final String PG_SERVER = System.getenv().getOrDefault("VIADUC_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String PG_USER = System.getenv().getOrDefault("VIADUC_TEST_PG_USER", "postgres");
    private static final OidcWiremockTestResource OIDC = new OidcWiremockTestResource();
    private static String oidcUrl;

    @BeforeAll
    static void startInfrastructure() throws SQLException {
        oidcUrl = OIDC.start().get("keycloak.url");
        KafkaBroker.shared();
        try (Connection connection = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @AfterAll
    static void stopInfrastructure() {
        OIDC.stop();
    }

    @Test
    void anEventCommittedBeforeAHardKillIsPublishedByTheNextProcess() throws Exception {
        int port = freePort();
        Process first = startService(port, false);
        String id;
        try {
            id = given().port(port).auth().oauth2(TestTokens.person())
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "Crash Survivors GmbH", "type", "SME", "country", "AT", "competences", List.of()))
                    .when().post("/api/v1/organisations")
                    .then().statusCode(201).extract().path("id");
        } finally {
            first.destroyForcibly().waitFor();
        }
        // the registration and its first ADMIN's affiliation, both committed, neither published yet
        assertThat(unpublishedEventsOf(id)).isEqualTo(2);

        Process second = startService(port, true);
        try (TopicProbe topic = TopicProbe.reading("viaduc.members.organisations")) {
            topic.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(60));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> unpublishedEventsOf(id) == 0);
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static Process startService(int port, boolean relayEnabled) throws IOException {
        Path log = Files.createTempFile("members-service-", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "VIADUC_DB_URL", PG_SERVER + DATABASE,
                "VIADUC_DB_USER", PG_USER,
                "KAFKA_BOOTSTRAP_SERVERS", KafkaBroker.shared().bootstrapServers(),
                "OIDC_AUTH_SERVER_URL", oidcUrl + "/realms/quarkus",
                "QUARKUS_OIDC_TOKEN_ISSUER", TestTokens.ISSUER,
                "VIADUC_OUTBOX_RELAY_ENABLED", String.valueOf(relayEnabled)));
        Process process = builder.start();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("members-service exited: " + Files.readString(log));
            }
            try {
                return given().port(port).when().get("/q/health/ready").statusCode() == 200;
            } catch (Exception notListeningYet) {
                return false;
            }
        });
        return process;
    }

    private static long unpublishedEventsOf(String organisationId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PG_SERVER + DATABASE, PG_USER, "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select count(*) from outbox_event where published_at is null and subject = '" + organisationId + "'")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
