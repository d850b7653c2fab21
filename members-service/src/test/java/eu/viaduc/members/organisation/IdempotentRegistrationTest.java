package eu.viaduc.members.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.testing.TestTokens;

/** A client that retries a create with the same Idempotency-Key never creates twice. */
@QuarkusTest
class IdempotentRegistrationTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothingNew() {
        String token = TestTokens.person();
        String name = "Retried " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        Response first = register(token, key, name);
        first.then().statusCode(201);
        Response retry = register(token, key, name);
        retry.then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")))
                .body("registeredAt", equalTo(first.path("registeredAt")));

        assertThat(organisationsNamed(name)).isEqualTo(1);
        assertThat(eventsAbout(first.path("id"))).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String token = TestTokens.person();
        String key = UUID.randomUUID().toString();
        register(token, key, "First Body " + key).then().statusCode(201);

        register(token, key, "Second Body " + key).then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertThat(organisationsNamed("Second Body " + key)).isZero();
    }

    @Test
    void concurrentRetriesCreateOnce() throws Exception {
        String token = TestTokens.person();
        String name = "Concurrent " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Response>> attempts = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> register(token, key, name), clients))
                    .toList();
            List<String> ids = attempts.stream().map(CompletableFuture::join)
                    .peek(response -> response.then().statusCode(201))
                    .map(response -> response.<String> path("id"))
                    .distinct().toList();
            assertThat(ids).hasSize(1);
        } finally {
            clients.shutdown();
        }
        assertThat(organisationsNamed(name)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String name = "Two Callers " + key;
        String one = register(TestTokens.person(), key, name).then().statusCode(201).extract().path("id");
        String other = register(TestTokens.person(), key, name).then().statusCode(201).extract().path("id");
        assertThat(one).isNotEqualTo(other);
    }

    private static Response register(String token, String key, String name) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "SME", "country", "PT", "competences", List.of("cork")))
                .when().post("/api/v1/organisations");
    }

    private long organisationsNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createNativeQuery("select count(*) from organisation where name = ?1").setParameter(1, name)
                .getSingleResult());
    }

    /** Organisation events about it (its first ADMIN's affiliation is an event on another topic). */
    private long eventsAbout(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createNativeQuery("select count(*) from outbox_event where subject = ?1 and topic = ?2")
                .setParameter(1, id).setParameter(2, OrganisationEvents.TOPIC).getSingleResult());
    }
}
