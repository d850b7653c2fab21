package eu.viaduc.exchange.benchmark;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;

/**
 * exchange-service under load, printing figures (no thresholds asserted: a benchmark, not a timed
 * test): 10,000 exchanges over 50 programmes in the KPI read model, KPI reads (JSON and CSV) at the
 * service; then 400 submitted applications validated by 8 concurrent managers in one programme whose
 * SME category is capped at 300, for validation throughput under contention on the programme's lock.
 * The read models of members' events are seeded in SQL (as their consumers would write them); every
 * programme, offer, application and validation goes through the API.
 */
@QuarkusTest
@Tag("benchmark")
class ExchangeBenchmark {

    private static final int PROGRAMMES = 50;
    private static final int EXCHANGES_PER_PROGRAMME = 200;
    private static final int KPI_READS = 2000;
    private static final int APPLICANTS = 400;
    private static final int CAP = 300;
    private static final int VALIDATORS = 8;

    @Inject
    EntityManager entityManager;

    @TestHTTPResource("/")
    URI base;

    @Test
    void kpiReadsAndValidationsUnderContention() throws Exception {
        String admin = TestTokens.forRole(Roles.PLATFORM_ADMIN);
        UUID alliance = UUID.randomUUID();
        UUID cluster = UUID.randomUUID();
        UUID host = UUID.randomUUID();
        sql("insert into member_alliance (id, version, name, programme_start, programme_end) values (?1, 1, 'Benchmark alliance', date '2026-01-01', date '2027-12-31')", alliance);
        sql("insert into member_alliance_cluster (alliance_id, cluster_id) values (?1, ?2)", alliance, cluster);
        sql("insert into member_organisation (id, version, name, type, country, latitude, longitude) values (?1, 1, 'Benchmark host', 'SME', 'ES', 41.56, 2.01)", host);
        sql("insert into member_membership (id, organisation_id, cluster_id, status, version) values (gen_random_uuid(), ?1, ?2, 'ACTIVE', 1)", host, cluster);

        List<UUID> programmes = new ArrayList<>();
        for (int i = 0; i < PROGRAMMES; i++) {
            programmes.add(programme(admin, alliance, i == 0 ? CAP : 75));
        }
        long seeded = System.nanoTime();
        for (UUID programme : programmes) {
            sql("""
                    insert into kpi_exchange (exchange_id, version, programme_id, category, state, visitor_country, host_country,
                        value_chain, working_days, lump_sum, entered)
                    select gen_random_uuid(), 4, ?1,
                        (array['SME','SME','SME','SME','CLUSTER_ORGANISATION','SUPPORT_ORGANISATION','LARGE_COMPANY','PUBLIC_BODY'])[1 + i % 8],
                        (array['DRAFT','SUBMITTED','VALIDATED','MATCHED','AGREED','COMPLETED','CLOSED','CLOSED','REJECTED','WITHDRAWN','CANCELLED'])[1 + (i * 7) % 11],
                        (array['ES','BG','RO','DK','FR'])[1 + i % 5], (array['ES','BG','RO','DK','FR'])[1 + (i + 2) % 5],
                        (array['textile','fashion','circular-economy','design'])[1 + i % 4], 3 + i % 3, 550 + (i % 2) * 550,
                        jsonb_build_object('DRAFT', now() - interval '90 days' + i * interval '7 minutes',
                            'SUBMITTED', now() - interval '80 days' + i * interval '11 minutes',
                            'VALIDATED', now() - interval '60 days' + i * interval '13 minutes')
                    from generate_series(1, ?2) i""", programme, EXCHANGES_PER_PROGRAMME);
        }
        sql("analyze kpi_exchange");
        System.out.printf("BENCHMARK kpi read model: %d exchanges over %d programmes seeded in %d ms%n",
                PROGRAMMES * EXCHANGES_PER_PROGRAMME, PROGRAMMES, (System.nanoTime() - seeded) / 1_000_000);

        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(7);
        for (String accept : List.of("application/json", "text/csv")) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < KPI_READS + 200; i++) {
                UUID programme = programmes.get(random.nextInt(PROGRAMMES));
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/programmes/" + programme + "/kpis"))
                        .header("Authorization", "Bearer " + admin).header("Accept", accept).build();
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = (System.nanoTime() - start) / 1000;
                assertThat(response.statusCode()).isEqualTo(200);
                if (i >= 200) { // the first 200 warm the JIT and the caches
                    micros.add(took);
                }
            }
            print("KPI read (" + accept + ") of a 200-exchange programme among 10,000", micros);
        }

        // validation under contention: one programme, its SME category capped at 300, 400 applications
        UUID contested = programmes.get(0);
        UUID offer = UUID.fromString(given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("programmeId", contested.toString(), "hostOrganisationId", host.toString(), "topic", "Benchmark",
                        "valueChain", "textile", "languages", List.of("en"), "availableFrom", "2026-01-01",
                        "availableUntil", "2027-12-31", "capacity", 100))
                .post("/api/v1/hosting-offers").then().statusCode(201).extract().path("id"));
        String editor = "benchmark-editor-" + UUID.randomUUID();
        sql("""
                insert into member_organisation (id, version, name, type, country, latitude, longitude)
                select ('00000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 1, 'Visitor ' || i, 'SME', 'BG', 42.7, 23.3
                from generate_series(1, ?1) i on conflict do nothing""", APPLICANTS);
        sql("""
                insert into member_membership (id, organisation_id, cluster_id, status, version)
                select gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, ?2, 'ACTIVE', 1
                from generate_series(1, ?1) i""", APPLICANTS, cluster);
        sql("""
                insert into affiliation (target_id, scope, subject, role)
                select ('00000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'ORGANISATION', ?2, 'EDITOR'
                from generate_series(1, ?1) i""", APPLICANTS, editor);
        String visitorToken = TestTokens.person(editor);
        List<UUID> submitted = new ArrayList<>();
        long applying = System.nanoTime();
        for (int i = 1; i <= APPLICANTS; i++) {
            UUID visitor = UUID.fromString(String.format("00000000-0000-4000-8000-%012d", i));
            UUID exchange = UUID.fromString(given().auth().oauth2(visitorToken).contentType(ContentType.JSON)
                    .body(Map.of("offerId", offer.toString(), "visitorOrganisationId", visitor.toString(),
                            "startsOn", "2026-06-08", "endsOn", "2026-06-12", "objectives", "Benchmark",
                            "person", Map.of("name", "Visitor " + i, "email", "visitor" + i + "@example.com")))
                    .post("/api/v1/exchanges").then().statusCode(201).extract().path("id"));
            given().auth().oauth2(visitorToken).post("/api/v1/exchanges/" + exchange + "/submission").then().statusCode(200);
            submitted.add(exchange);
        }
        double applyMs = (System.nanoTime() - applying) / 1e6;
        System.out.printf("BENCHMARK apply + submit: %d applications in %.0f ms (%.1f per second, one client)%n",
                APPLICANTS, applyMs, APPLICANTS * 1000.0 / applyMs);

        Collections.shuffle(submitted, random);
        AtomicInteger next = new AtomicInteger();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger validated = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(VALIDATORS);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < VALIDATORS; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < submitted.size(); i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/exchanges/" + submitted.get(i) + "/validation"))
                            .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build();
                    long start = System.nanoTime();
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    micros.add((System.nanoTime() - start) / 1000);
                    (status == 200 ? validated : full).incrementAndGet();
                    assertThat(status).isIn(200, 409);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("BENCHMARK validation under contention: %d validations by %d concurrent managers in one programme "
                + "in %.2f s: %.0f per second; %d validated, %d refused (category full at %d)%n",
                APPLICANTS, VALIDATORS, seconds, APPLICANTS / seconds, validated.get(), full.get(), CAP);
        print("validation latency under contention", new ArrayList<>(micros));
        assertThat(validated.get()).isEqualTo(CAP);
    }

    private UUID programme(String admin, UUID alliance, int smeTarget) {
        return UUID.fromString(given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("allianceId", alliance.toString(), "name", "Benchmark programme", "startsOn", "2026-01-01",
                        "endsOn", "2027-12-31", "stay", Map.of("minWorkingDays", 3, "maxWorkingDays", 5),
                        "targets", List.of(Map.of("category", "SME", "target", smeTarget, "capped", true),
                                Map.of("category", "CLUSTER_ORGANISATION", "target", 10, "capped", true),
                                Map.of("category", "SUPPORT_ORGANISATION", "target", 5, "capped", true),
                                Map.of("category", "LARGE_COMPANY", "target", 5, "capped", true),
                                Map.of("category", "PUBLIC_BODY", "target", 5, "capped", true)),
                        "lumpSums", Map.of("ES", 1100, "BG", 800), "budget", Map.of("amount", 10000000, "currency", "EUR")))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id"));
    }

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private static void print(String what, List<Long> micros) {
        Collections.sort(micros);
        System.out.printf("BENCHMARK %s: %d requests, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                micros.size(), micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.95)) / 1000.0,
                micros.get((int) (micros.size() * 0.99)) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
    }
}
