package eu.viaduc.members.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.members.MembersApi;
import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.testing.TopicProbe;

/** The whole organisation profile of DOMAIN.md: stored, read back, published, and every rule on it. */
@QuarkusTest
class OrganisationProfileTest {

    @Inject
    EventSchemas schemas;
    @Inject
    ObjectMapper mapper;

    static Map<String, Object> fullProfile(String name, String registrationId) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", name);
        profile.put("type", "SME");
        profile.put("sizeBand", "SMALL_10_49");
        profile.put("country", "ES");
        profile.put("nutsRegion", "ES511");
        profile.put("city", "Terrassa");
        profile.put("location", Map.of("latitude", 41.5633, "longitude", 2.0089));
        profile.put("registrationId", registrationId);
        profile.put("website", "https://texfor.example");
        profile.put("naceCodes", List.of("13.96", "C14"));
        profile.put("competences", List.of("Technical-Textiles", "digital-printing"));
        profile.put("keywords", List.of("flame-retardant fabrics"));
        profile.put("descriptions", Map.of("en", "Technical fabrics for workwear.", "es", "Tejidos técnicos."));
        profile.put("offers", Map.of("en", "Short runs of printed fabric."));
        profile.put("needs", Map.of("fr", "Un partenaire pour le recyclage textile."));
        return profile;
    }

    /** A VAT number of Spain no other test uses: ES, a letter, seven digits, a check character. */
    static String spanishVat() {
        return "ESB" + String.format("%07d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000)) + "X";
    }

    @Test
    void theWholeProfileIsStoredNormalisedReadBackAndPublishedAsAValidRegisteredV2() throws Exception {
        String vat = spanishVat();
        try (TopicProbe topic = TopicProbe.reading(OrganisationEvents.TOPIC)) {
            String spaced = vat.substring(0, 4) + " " + vat.substring(4, 7) + "." + vat.substring(7);
            UUID id = MembersApi.organisation(fullProfile("Texfor Tècnica SL", spaced.toLowerCase()));

            given().when().get("/api/v1/organisations/" + id).then().statusCode(200)
                    .body("sizeBand", equalTo("SMALL_10_49"))
                    .body("nutsRegion", equalTo("ES511"))
                    .body("location.latitude", equalTo(41.5633f))
                    .body("registrationId", equalTo(vat))
                    .body("naceCodes", contains("C13.96", "C14"))
                    .body("competences", contains("technical-textiles", "digital-printing"))
                    .body("keywords", contains("flame-retardant fabrics"))
                    .body("descriptions.es", equalTo("Tejidos técnicos."))
                    .body("needs.fr", equalTo("Un partenaire pour le recyclage textile."));

            ConsumerRecord<String, String> event = topic.awaitRecord(r -> id.toString().equals(r.key()),
                    Duration.ofSeconds(30));
            assertThat(TopicProbe.header(event, "ce_type")).isEqualTo(OrganisationEvents.REGISTERED_V2);
            assertThat(schemas.violations(OrganisationEvents.REGISTERED_V2, event.value())).isEmpty();
            JsonNode data = mapper.readTree(event.value());
            assertThat(data.get("registrationId").asText()).isEqualTo(vat);
            assertThat(data.at("/location/longitude").asDouble()).isEqualTo(2.0089);
            assertThat(data.at("/offers/en").asText()).isEqualTo("Short runs of printed fabric.");
            assertThat(data.at("/naceCodes/0").asText()).isEqualTo("C13.96");
        }
    }

    @Test
    void aSecondOrganisationWithTheSameRegistrationIdIsAConflict() {
        String vat = spanishVat();
        MembersApi.organisation(fullProfile("First Of Its Name SL", vat));
        given().auth().oauth2(MembersApi.ADMIN).contentType(ContentType.JSON).body(fullProfile("Twin SL", vat))
                .when().post("/api/v1/organisations")
                .then().statusCode(409).contentType("application/problem+json");
    }

    static List<Object[]> badProfiles() {
        return List.of(
                bad("country", "XX", "country"),
                bad("nutsRegion", "FR10", "nutsRegion"),
                bad("nutsRegion", "ES9", "nutsRegion"),
                bad("nutsRegion", "es-51", "nutsRegion"),
                bad("naceCodes", List.of("13.96", "04.10"), "naceCodes[1]"),
                bad("naceCodes", List.of("M13"), "naceCodes[0]"),
                bad("naceCodes", List.of("thirteen"), "naceCodes[0]"),
                bad("competences", List.of("weaving", "knitting-by-moonlight"), "competences[1]"),
                bad("location", Map.of("latitude", 91, "longitude", 2), "location.latitude"),
                bad("location", Map.of("latitude", 41), "location.longitude"),
                bad("registrationId", "FRB12345678", "registrationId"),
                bad("registrationId", "ES123", "registrationId"),
                bad("sizeBand", "LARGE_250_PLUS", "sizeBand"),
                bad("website", "ftp://texfor.example", "website"),
                bad("descriptions", Map.of("en", "x".repeat(5001)), "descriptions.en"),
                bad("offers", Map.of("zz", "An offer in no language"), "offers.zz"),
                bad("keywords", List.of(" "), "keywords[0]"));
    }

    private static Object[] bad(String field, Object value, String named) {
        return new Object[] { field, value, named };
    }

    @ParameterizedTest(name = "{0} = {1} is refused naming {2}")
    @MethodSource("badProfiles")
    void badInputIsA400NamingTheFieldAndWritesNothing(String field, Object value, String named) {
        String name = "Refused " + UUID.randomUUID();
        Map<String, Object> profile = fullProfile(name, spanishVat());
        profile.put(field, value);

        given().auth().oauth2(MembersApi.ADMIN).contentType(ContentType.JSON).body(profile)
                .when().post("/api/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(named))
                .body("detail", containsString(named));
        given().queryParam("q", name).when().get("/api/v1/organisations")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
