package eu.viaduc.knowledge.attachment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import eu.viaduc.knowledge.KnowledgeWorld;
import eu.viaduc.testing.PostgresTestDatabase;
import eu.viaduc.testing.TestTokens;

/** Files are typed by their content, limited in size and number, served with their headers, shown as their resource. */
@QuarkusTest
class AttachmentTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    @Test
    void aFileIsTypedByItsContentAndServedWithItsTypeNameAndETag() throws Exception {
        KnowledgeWorld world = new KnowledgeWorld();
        UUID resource = world.published("PUBLIC", "Tisser", "Weaving");
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        String href = upload(world.authorEditor, resource, "fiche technique.pdf", pdf).then().statusCode(201)
                .body("mediaType", equalTo("application/pdf")).body("sizeBytes", equalTo(pdf.length))
                .extract().path("href");
        Response file = given().get(href);
        file.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''fiche%20technique.pdf"));
        assertThat(file.asByteArray()).isEqualTo(pdf);
        given().header("If-None-Match", file.header("ETag")).get(href).then().statusCode(304);

        // a PNG named .pdf is a PNG; an office document (a ZIP container) is refined by its name
        upload(world.authorEditor, resource, "photo.pdf", PNG).then().statusCode(201).body("mediaType", equalTo("image/png"));
        upload(world.authorEditor, resource, "report.docx", docx()).then().statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        given().get("/api/v1/resources/" + resource + "/attachments").then().statusCode(200).body("size()", equalTo(3));
    }

    @Test
    void aFileOfAnotherTypeOrOverTheLimitIsRefusedAndLeavesNoBytesStored() throws Exception {
        KnowledgeWorld world = new KnowledgeWorld();
        UUID resource = world.published("PUBLIC", "Tisser", "Weaving");
        long before = largeObjects();
        upload(world.authorEditor, resource, "notes.pdf", "just some text, not a PDF".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415).contentType("application/problem+json").body("violations[0].field", equalTo("file"));
        upload(world.authorEditor, resource, "page.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415);
        byte[] tooLarge = new GeneratedFile(25L * 1024 * 1024 + 1).readAllBytes();
        upload(world.authorEditor, resource, "huge.pdf", tooLarge).then().statusCode(413)
                .contentType("application/problem+json");
        assertThat(largeObjects()).isEqualTo(before);
        given().get("/api/v1/resources/" + resource + "/attachments").then().body("size()", equalTo(0));
    }

    @Test
    void onlyAuthorsAttachAttachmentsFollowTheResourcesVisibilityAndAResourceHoldsTen() {
        KnowledgeWorld world = new KnowledgeWorld();
        UUID resource = world.published("CLUSTER", "Tisser", "Weaving");
        upload(world.sameClusterEditor, resource, "photo.png", PNG).then().statusCode(403);
        String href = upload(world.authorEditor, resource, "photo.png", PNG).then().statusCode(201).extract().path("href");
        given().auth().oauth2(TestTokens.person(world.sameClusterEditor)).get(href).then().statusCode(200);
        given().auth().oauth2(TestTokens.person(world.otherAllianceEditor)).get(href).then().statusCode(403);
        given().get("/api/v1/resources/" + resource + "/attachments").then().statusCode(403);

        String author = TestTokens.person(world.authorEditor);
        given().auth().oauth2(author).contentType(ContentType.JSON)
                .body(Map.of("title", "The line", "url", "http://video.example/line"))
                .post("/api/v1/resources/" + resource + "/attachments/links").then().statusCode(400)
                .body("violations[0].field", equalTo("url"));
        for (int i = 2; i <= 10; i++) {
            given().auth().oauth2(author).contentType(ContentType.JSON)
                    .body(Map.of("title", "Part " + i, "url", "https://video.example/line/" + i))
                    .post("/api/v1/resources/" + resource + "/attachments/links").then().statusCode(201)
                    .body("kind", equalTo("VIDEO_LINK"));
        }
        upload(world.authorEditor, resource, "eleventh.png", PNG).then().statusCode(409);
    }

    private static Response upload(String subject, UUID resource, String fileName, byte[] content) {
        return given().auth().oauth2(TestTokens.person(subject)).contentType("application/octet-stream").body(content)
                .queryParam("fileName", fileName).post("/api/v1/resources/" + resource + "/attachments");
    }

    private static byte[] docx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static long largeObjects() throws Exception {
        try (var connection = PostgresTestDatabase.connect("viaduc_knowledge_test");
                var result = connection.createStatement().executeQuery("select count(*) from pg_largeobject_metadata")) {
            result.next();
            return result.getLong(1);
        }
    }
}
