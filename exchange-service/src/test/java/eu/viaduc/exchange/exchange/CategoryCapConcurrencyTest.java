package eu.viaduc.exchange.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.exchange.ProgrammeWorld;
import eu.viaduc.testing.TestTokens;

/** A capped category holds when managers validate its last places at the same moment. */
@QuarkusTest
class CategoryCapConcurrencyTest {

    @Test
    void twentyParallelValidationsForTheLastThreePlacesAndExactlyThreeSucceed() throws Exception {
        ProgrammeWorld world = ProgrammeWorld.withSmeCap(5, 50);
        String editor = UUID.randomUUID().toString();
        List<UUID> submitted = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            UUID visitor = world.member("Visitor " + i + " OOD", i % 2 == 0 ? "SME" : "MICRO", "BG", 42.7, 23.3,
                    world.bulgarianCluster, editor);
            UUID exchange = UUID.fromString(world.apply(visitor, editor, world.offer, "2026-06-08", "2026-06-12")
                    .then().statusCode(201).extract().path("id"));
            world.move(exchange, "submission", editor).then().statusCode(200);
            submitted.add(exchange);
        }
        // two of the five places go first
        world.move(submitted.get(0), "validation", world.bulgarianClusterManager).then().statusCode(200);
        world.move(submitted.get(1), "validation", world.bulgarianClusterManager).then().statusCode(200);

        List<UUID> contenders = submitted.subList(2, 22);
        String manager = TestTokens.person(world.bulgarianClusterManager);
        String admin = TestTokens.forRole(eu.viaduc.platform.security.Roles.PLATFORM_ADMIN);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < contenders.size(); i++) {
                UUID exchange = contenders.get(i);
                // two kinds of managers validating at once: the cluster's and a platform admin
                String token = i % 2 == 0 ? manager : admin;
                answers.add(pool.submit(() -> {
                    start.await();
                    return ProgrammeWorld.move(token, exchange, "validation").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            System.out.printf("20 parallel validations for the last 3 places: %s%n", byStatus);
            assertThat(byStatus).containsEntry(200, 3L).containsEntry(409, 17L).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
        // the read side agrees: five places held, no more
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.person(world.allianceManager)).get("/api/v1/programmes/" + world.programme + "/kpis")
                .then().statusCode(200).body("categories.find { it.category == 'SME' }.validated", equalTo(5))
                .body("categories.find { it.category == 'SME' }.submitted", equalTo(17)));
    }
}
