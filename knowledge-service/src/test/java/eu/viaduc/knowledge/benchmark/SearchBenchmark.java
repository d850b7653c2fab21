package eu.viaduc.knowledge.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.knowledge.KnowledgeWorld;
import eu.viaduc.testing.TestTokens;

/**
 * Faceted full-text search over 50,000 published resources in the seven languages, at the service,
 * printing latency percentiles (no threshold asserted: a benchmark, not a timed test). The resources are
 * seeded in SQL (their search vectors computed by PostgreSQL as on any insert); the searches go through
 * the API as a member of the author's alliance, so visibility is worked out on every query. One word of
 * the queries ("textile") is in a third of the corpus.
 */
@QuarkusTest
@Tag("benchmark")
class SearchBenchmark {

    private static final int RESOURCES = 50_000;
    private static final int SEARCHES = 1000;
    private static final int WARM_UP_ROUNDS = 30;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URI base;

    @Test
    void facetedFullTextSearchOver50000Resources() throws Exception {
        KnowledgeWorld world = new KnowledgeWorld();
        long seeding = System.nanoTime();
        sql("""
                insert into resource (id, author_organisation_id, status, published_version, latest_version, created_at, changed_at, version)
                select md5('r' || i)::uuid, ?1, 'PUBLISHED', 1, 1, now(), now(), 1 from generate_series(1, ?2) i""",
                world.author, RESOURCES);
        sql("""
                insert into resource_version (resource_id, number, state, type, visibility, value_chain, tags, nace_codes,
                    original_language, author_subject, author_name, created_at, published_at)
                select md5('r' || i)::uuid, 1, 'PUBLISHED',
                    (array['BEST_PRACTICE','CASE_STUDY','GUIDE','TRAINING_MATERIAL','TREND_ANALYSIS','ROADMAP','EVENT_REPORT'])[1 + i % 7],
                    (array['PUBLIC','MEMBERS','ALLIANCE','CLUSTER'])[1 + i % 4],
                    (array['textile','fashion','circular-economy','design','cosmetics'])[1 + i % 5],
                    array[(array['circular-fashion','digital','cross-border','masks','recycling','design'])[1 + i % 6], 'tag-' || (i % 97)],
                    array[(array['C13','C14','C20','C32','J62','M72'])[1 + i % 6]],
                    (array['en','fr','nl','es','bg','ro','da'])[1 + i % 7], 'seed', 'Seeded author', now(), now()
                from generate_series(1, ?1) i""", RESOURCES);
        // each resource in its original language and in English; a third of them speak of textiles
        sql("""
                insert into resource_text (resource_id, number, language, title, summary, body_markdown, body_html)
                select md5('r' || i)::uuid, 1, l.language,
                    l.title || ' ' || i, l.summary, l.body || case when i % 3 = 0 then ' ' || l.textile else '' end, ''
                from generate_series(1, ?1) i
                cross join lateral (select * from (values
                    ('en', 'Recycling offcuts in workshop', 'How small workshops recycle', 'We sort offcuts by fibre and colour, then spin new yarn.', 'textile'),
                    ('fr', 'Recycler les chutes en atelier', 'Comment les ateliers recyclent', 'Nous trions les chutes par fibre et couleur puis filons.', 'textile'),
                    ('nl', 'Snijafval recyclen in de werkplaats', 'Hoe kleine werkplaatsen recyclen', 'We sorteren snijafval op vezel en kleur.', 'textiel'),
                    ('es', 'Reciclar recortes en el taller', 'Cómo reciclan los talleres', 'Clasificamos los recortes por fibra y color.', 'textil'),
                    ('bg', 'Рециклиране на изрезки', 'Как рециклират малките ателиета', 'Сортираме изрезките по влакно и цвят.', 'текстил'),
                    ('ro', 'Reciclarea resturilor în atelier', 'Cum reciclează atelierele mici', 'Sortăm resturile după fibră și culoare.', 'textile'),
                    ('da', 'Genbrug af afklip i værkstedet', 'Hvordan små værksteder genbruger', 'Vi sorterer afklip efter fiber og farve.', 'tekstil'))
                    as t(language, title, summary, body, textile)
                    where t.language in ((array['en','fr','nl','es','bg','ro','da'])[1 + i % 7], 'en')) l""", RESOURCES);
        // what publishing each resource does to the search index
        sql("do $$ begin perform knowledge_index_published(id) from resource where status = 'PUBLISHED'; end $$");
        // as autovacuum would have left it on a live system (VACUUM cannot run in a transaction)
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze published_resource");
        }
        System.out.printf("BENCHMARK seeded %d resources in 7 languages in %d s%n", RESOURCES,
                (System.nanoTime() - seeding) / 1_000_000_000);

        HttpClient http = HttpClient.newHttpClient();
        String token = TestTokens.person(world.sameAllianceEditor);
        Random random = new Random(11);
        List<String[]> queries = List.of(new String[] {"textile", "en"}, new String[] {"recycle workshop", "en"},
                new String[] {"chutes", "fr"}, new String[] {"snijafval", "nl"}, new String[] {"изрезки", "bg"},
                new String[] {"textile", null}, new String[] {"fibre colour", null});
        // steady state: every query runs a while before any is measured, so that the first one measured
        // does not pay for the JVM's compilation of the search path alone
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String[] query : queries) {
                search(http, token, query, random);
            }
        }
        for (String[] query : queries) {
            List<Long> micros = new ArrayList<>();
            long total = 0;
            for (int i = 0; i < SEARCHES / queries.size() + 20; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = search(http, token, query, random);
                long took = (System.nanoTime() - start) / 1000;
                assertThat(response.statusCode()).isEqualTo(200);
                total = Long.parseLong(response.body().replaceAll(".*\"total\":(\\d+).*", "$1"));
                if (i >= 20) {
                    micros.add(took);
                }
            }
            Collections.sort(micros);
            System.out.printf("BENCHMARK search \"%s\"%s with facets: %d matches, %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    query[0], query[1] == null ? " (any language)" : " (" + query[1] + ")", total, micros.size(),
                    micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.95)) / 1000.0,
                    micros.get((int) (micros.size() * 0.99)) / 1000.0);
        }
    }

    private HttpResponse<String> search(HttpClient http, String token, String[] query, Random random) throws Exception {
        String url = "/api/v1/resources?q=" + URLEncoder.encode(query[0], StandardCharsets.UTF_8)
                + (query[1] == null ? "" : "&language=" + query[1]) + "&page=" + random.nextInt(3);
        return http.send(HttpRequest.newBuilder(base.resolve(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            var query = entityManager.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

}
