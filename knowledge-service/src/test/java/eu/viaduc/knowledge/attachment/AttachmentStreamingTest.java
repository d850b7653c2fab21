package eu.viaduc.knowledge.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.knowledge.KnowledgeWorld;
import eu.viaduc.testing.TestTokens;

/**
 * A 25 MB file goes in and comes back intact, streamed: while the upload is still arriving (the client
 * holds back its last 5 MB), the service has already written most of it to the database, so it never
 * holds the file whole. (The Quarkus test JVM needs more heap to boot than such a file takes, so the
 * proof is what the service stores while the upload is in flight, not a heap cap.)
 */
@QuarkusTest
class AttachmentStreamingTest {

    private static final long SIZE = 25L * 1024 * 1024;

    @TestHTTPResource("/")
    URI base;

    @Test
    void a25MegabyteFileIsStreamedInAndOutIntactWithASmallHeap() throws Exception {
        KnowledgeWorld world = new KnowledgeWorld();
        UUID resource = world.published("PUBLIC", "Tisser", "Weaving");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long before = largeObjectBytes();
        long heldBack = SIZE - 5L * 1024 * 1024;
        Runnable storedWhileArriving = () -> org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> largeObjectBytes() - before >= 15L * 1024 * 1024);
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(
                        base.resolve("/api/v1/resources/" + resource + "/attachments?fileName=large.pdf"))
                .header("Authorization", "Bearer " + TestTokens.person(world.authorEditor))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedFile(SIZE, heldBack, storedWhileArriving))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String expected = GeneratedFile.sha256Of(SIZE);
        assertThat(uploaded.body()).contains("\"sizeBytes\":" + SIZE, expected, "application/pdf");

        String href = uploaded.body().replaceAll(".*\"href\":\"([^\"]+)\".*", "$1");
        HttpResponse<InputStream> downloaded = http.send(HttpRequest.newBuilder(base.resolve(href)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(downloaded.statusCode()).isEqualTo(200);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long received = 0;
        try (InputStream in = downloaded.body()) {
            byte[] chunk = new byte[64 * 1024];
            for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
                digest.update(chunk, 0, read);
                received += read;
            }
        }
        assertThat(received).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(expected);
        System.out.printf("a %d MB attachment went in and out intact, 15 MB of it stored before the last 5 MB were sent%n",
                SIZE >> 20);
    }

    /** How large PostgreSQL's large-object table has grown (uncommitted writes count: they take pages). */
    private static long largeObjectBytes() throws Exception {
        try (var connection = eu.viaduc.testing.PostgresTestDatabase.connect("viaduc_knowledge_test");
                var result = connection.createStatement().executeQuery("select pg_relation_size('pg_largeobject')")) {
            result.next();
            return result.getLong(1);
        }
    }
}
