package eu.viaduc.matchmaking.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.matchmaking.MatchmakingWorld;
import eu.viaduc.matchmaking.MatchmakingWorld.Member;
import eu.viaduc.matchmaking.organisation.MembersEventFixtures;
import eu.viaduc.matchmaking.organisation.events.MembersOrganisationEvents;
import eu.viaduc.matchmaking.ranking.model.Weights;
import eu.viaduc.matchmaking.ranking.service.CandidateIndex;
import eu.viaduc.matchmaking.ranking.service.RankOrganisations;
import eu.viaduc.taxonomy.Competences;
import eu.viaduc.testing.KafkaBroker;
import eu.viaduc.testing.TestTokens;

/**
 * Not a test: matchmaking over 100,000 organisations, printing figures (run it with
 * {@code bench/matchmaking}). The organisations are seeded in SQL as the read model holds them: 30
 * countries, 1 to 4 competences each drawn from the whole vocabulary with a skew (a few competences very
 * common, most rare), 60 clusters. Then, through the API at the service: ranking for an opportunity with 5
 * required competences, and the consortium builder for 6 with 2 countries and 2 clusters; and the read
 * model's apply throughput for organisation events sent to the real broker.
 */
@QuarkusTest
@Tag("benchmark")
class MatchingBenchmark {

    private static final int ORGANISATIONS = 100_000;
    private static final int CLUSTERS = 60;
    private static final int REQUESTS = 200;
    private static final int WARM_UP = 30;
    private static final int EVENTS = 20_000;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Inject
    CandidateIndex index;

    @Inject
    RankOrganisations rankOrganisations;

    @Inject
    MeterRegistry registry;

    @TestHTTPResource("/")
    URI base;

    @AfterEach
    void removeTheSeededOrganisations() {
        sql("delete from member_membership where id in (select md5('bench-membership-' || i)::uuid from generate_series(1, ?1) i)",
                ORGANISATIONS);
        sql("delete from organisation_profile where name like 'Bench organisation %' or name like 'Bench event %'");
    }

    @Test
    void rankingConsortiaAndReadModelApplyOver100000Organisations() throws Exception {
        removeTheSeededOrganisations();
        long heapBefore = heapAfterCollection();
        List<String> vocabulary = Competences.all().stream().map(Competences.Competence::id).toList();
        long seeding = System.nanoTime();
        seeded("""
                insert into organisation_profile (id, name, type, country, competences, competence_keys, registered_at, version,
                    size_band, latitude, longitude, nace_codes, keywords, changed_at, offers)
                select md5('bench-org-' || i)::uuid, 'Bench organisation ' || i, 'SME',
                    (array['FR','BE','NL','DE','ES','IT','PT','PL','RO','BG','DK','SE','FI','AT','CZ','SK','HU','SI','HR','GR',
                           'IE','LU','LT','LV','EE','MT','CY','NO','IS','CH'])[1 + i % 30],
                    k.competences, k.competences, now(), 1,
                    (array['MICRO_1_9','SMALL_10_49','MEDIUM_50_249','LARGE_250_PLUS'])[1 + i % 4],
                    40 + (i % 20), (i % 30) - 5, array[(array['C13.10','C13.20','C14.12','C14.19','C22.29','J62.01'])[1 + i % 6]],
                    '{}', now() - (i % 400) * interval '1 day',
                    jsonb_build_object('en', 'We offer ' || array_to_string(k.competences, ', ') || ' for textile and industrial customers')
                from generate_series(1, ?1) i
                cross join lateral (select array(select distinct (cast(?2 as text[]))[1 + floor(?3 * power(random(), 2.5))::int]
                                                 from generate_series(1, 1 + (i % 4))) as competences) k""",
                ORGANISATIONS, vocabulary.toArray(String[]::new), vocabulary.size());
        sql("""
                insert into member_membership (id, organisation_id, cluster_id, status, version)
                select md5('bench-membership-' || i)::uuid, md5('bench-org-' || i)::uuid,
                       md5('bench-cluster-' || (i % ?2))::uuid, 'ACTIVE', 1
                from generate_series(1, ?1) i where i % 5 <> 0""", ORGANISATIONS, CLUSTERS);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze organisation_profile");
            statement.execute("vacuum analyze member_membership");
        }
        System.out.printf("BENCHMARK seeded %,d organisations (30 countries, %d clusters, %d competences) in %d s%n",
                ORGANISATIONS, CLUSTERS, vocabulary.size(), (System.nanoTime() - seeding) / 1_000_000_000);

        Member poster = MatchmakingWorld.member("Bench Poster", "FR", List.of("logistics"));
        List<String> five = List.of(vocabulary.get(2), vocabulary.get(8), vocabulary.get(20), vocabulary.get(40), vocabulary.get(70));
        List<String> six = List.of(vocabulary.get(3), vocabulary.get(9), vocabulary.get(25), vocabulary.get(45), vocabulary.get(80),
                vocabulary.get(110));
        UUID ranked = MatchmakingWorld.published(poster.editor(), opportunity(poster.id(), five));
        UUID teamed = MatchmakingWorld.published(poster.editor(), opportunity(poster.id(), six));
        System.out.printf("BENCHMARK candidates: %,d organisations offer one of the 5 competences, %,d one of the 6%n",
                count(five), count(six));

        HttpClient http = HttpClient.newHttpClient();
        String token = TestTokens.person();
        HttpRequest firstPage = HttpRequest.newBuilder(base.resolve("/api/v1/opportunities/" + ranked + "/candidates?size=20"))
                .header("Authorization", "Bearer " + token).build();
        System.out.println("BENCHMARK ranking candidates (the competences or their families): "
                + send(http, firstPage).body().replaceAll("^.*\"total\":(\\d+).*$", "$1"));
        System.out.printf("BENCHMARK candidate index: %,d organisations, heap after a full collection %+,d MB since before seeding%n",
                index.size(), (heapAfterCollection() - heapBefore) / (1024 * 1024));
        measure("ranking for an opportunity with 5 required competences (first page of 20)", () -> send(http, firstPage));
        System.out.printf("BENCHMARK memory allocated per ranking (in the service, every thread): %.1f MB%n",
                allocatedPerCall(() -> rankOrganisations.rank(ranked, Weights.defaults(), 20)) / 1e6);
        System.out.printf("BENCHMARK memory allocated per ranking request (client and service in this JVM): %.1f MB, %,d bytes of JSON%n",
                allocatedPerCall(() -> send(http, firstPage)) / 1e6, send(http, firstPage).body().length());
        String rules = "{\"minCountries\": 2, \"minClusters\": 2, \"maxSize\": 6, \"alternatives\": 3}";
        HttpResponse<String> sample = send(http, consortium(teamed, token, rules));
        System.out.println("BENCHMARK consortium sample: " + sample.body().replaceAll(".*(\"search\":\\{[^}]*\\}).*", "$1")
                + ", first team size " + sample.body().replaceAll("^.*?\"teams\":\\[\\{\"size\":(\\d+).*$", "$1"));
        measure("consortium builder for 6 competences, 2 countries, 2 clusters", () -> send(http, consortium(teamed, token, rules)));

        applyThroughput();
    }

    /** Bytes allocated by all threads, over 20 calls, per call. */
    private static double allocatedPerCall(Runnable call) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getTotalThreadAllocatedBytes();
        for (int i = 0; i < 20; i++) {
            call.run();
        }
        return (threads.getTotalThreadAllocatedBytes() - before) / 20.0;
    }

    private static long heapAfterCollection() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private void applyThroughput() throws Exception {
        List<org.apache.kafka.clients.producer.ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            var data = MembersEventFixtures.registeredData(UUID.nameUUIDFromBytes(("bench-event-" + i).getBytes()),
                    "Bench event " + i, List.of("weaving", "recycling"));
            records.add(MembersEventFixtures.registered(UUID.randomUUID().toString(), data));
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            double before = appliedEvents();
            long start = System.nanoTime();
            records.forEach(producer::send);
            producer.flush();
            long sent = System.nanoTime();
            // the inbox's own count of applied events: a count of the profiles every 200 ms was a sequential
            // scan of 30-100 ms each time, in the very database being measured
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> appliedEvents() - before >= EVENTS);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(applied()).isEqualTo(EVENTS);
            System.out.printf("BENCHMARK read model: %,d organisation.registered events applied in %.1f s (sent in %.1f s): %,.0f events/s%n",
                    EVENTS, seconds, (sent - start) / 1e9, EVENTS / seconds);
        }
    }

    private HttpRequest consortium(UUID opportunity, String token, String rules) {
        return HttpRequest.newBuilder(base.resolve("/api/v1/opportunities/" + opportunity + "/consortia"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rules)).build();
    }

    private void measure(String what, Supplier<HttpResponse<String>> request) {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(request.get().statusCode()).isEqualTo(200);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = request.get();
            micros.add((System.nanoTime() - start) / 1000);
            assertThat(response.statusCode()).isEqualTo(200);
        }
        Collections.sort(micros);
        System.out.printf("BENCHMARK %s: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", what, micros.size(),
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.95)) / 1000.0,
                micros.get((int) (micros.size() * 0.99)) / 1000.0);
    }

    /** Organisation events the inbox has applied since start, counted after each batch commits. */
    private double appliedEvents() {
        return registry.find("viaduc.inbox.applied").tag("topic", MembersOrganisationEvents.TOPIC).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private long applied() {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) from organisation_profile where name like 'Bench event %'").getSingleResult())).longValue();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(List<String> competences) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) from organisation_profile where competences && cast(?1 as text[])")
                .setParameter(1, competences.toArray(String[]::new)).getSingleResult())).longValue();
    }

    private static Map<String, Object> opportunity(UUID organisation, List<String> competences) {
        Map<String, Object> body = MatchmakingWorld.urgentNeed(organisation);
        body.put("type", "PARTNER_SEARCH");
        body.put("requiredCompetences", competences);
        body.put("countriesSought", List.of());
        body.put("naceCodes", List.of("13.10"));
        return body;
    }

    /** The statement after a fixed seed, in one transaction (one connection): the same data on every run. */
    private void seeded(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().timeout(900).run(() -> {
            entityManager.createNativeQuery("select setseed(0.42)").getResultList();
            var query = entityManager.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().timeout(900).run(() -> {
            var query = entityManager.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            if (statement.startsWith("select")) {
                query.getResultList();
            } else {
                query.executeUpdate();
            }
        });
    }
}
