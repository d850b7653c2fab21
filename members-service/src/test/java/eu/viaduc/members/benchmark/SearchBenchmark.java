package eu.viaduc.members.benchmark;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.members.MembersApi;
import eu.viaduc.members.benchmark.GeneratedOrganisations.Generated;

/**
 * Not a test: a benchmark that prints figures (run it with {@code bench/members-search}; the normal
 * build leaves the "benchmark" tag out). It loads 100,000 organisations across 30 countries into the
 * real PostgreSQL, then measures the service over HTTP on this machine: a filtered search and a
 * full-text search (one client for latency, four for throughput), and the import of a 10,000-row
 * member file through the API. Nothing here asserts a time.
 */
@QuarkusTest
@Tag("benchmark")
class SearchBenchmark {

    private static final int ORGANISATIONS = 100_000;
    private static final int WARM_UP = 200;
    private static final int MEASURED = 1_000;
    private static final int IMPORT_ROWS = 10_000;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper mapper;
    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final GeneratedOrganisations generated = new GeneratedOrganisations(42);

    @Test
    void measure() throws Exception {
        long loadStart = System.nanoTime();
        load();
        print("loaded %,d organisations in %.1f s (COPY; the database builds the full-text index)", ORGANISATIONS,
                seconds(loadStart));

        importMemberFile();

        GeneratedOrganisations queries = new GeneratedOrganisations(7);
        run("filtered search: country + type + competence", i -> "/api/v1/organisations?country="
                + queries.country() + "&type=" + queries.type() + "&competence=" + queries.competence());
        run("filtered search: country + NACE section, sorted by newest", i -> "/api/v1/organisations?country="
                + queries.country() + "&nace=C&sort=-registeredAt");
        run("full-text search: a rare word (~1% match), every language", i -> "/api/v1/organisations?q="
                + queries.rareWord());
        run("full-text search: rare word + common word + country", i -> "/api/v1/organisations?q="
                + encode(queries.rareWord() + " " + queries.word()) + "&country=" + queries.country());
        run("counts by country, type and sector of a rare word", i -> "/api/v1/organisations/counts?q="
                + queries.rareWord());
        run("full-text search: a common word (~13% match), by relevance", i -> "/api/v1/organisations?q="
                + queries.word());
    }

    private void load() throws Exception {
        String now = OffsetDateTime.now().toString();
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < ORGANISATIONS; i++) {
            Generated o = generated.next(i);
            csv.append(o.id()).append(',').append(quote(o.name())).append(',').append(o.type()).append(',')
                    .append(o.country()).append(',').append(o.nutsRegion() == null ? "" : o.nutsRegion()).append(',')
                    .append(o.latitude()).append(',').append(o.longitude()).append(',')
                    .append(quote(array(o.naceCodes()))).append(',')
                    .append(quote(array(o.naceCodes().stream().map(code -> code.substring(0, 1)).distinct().toList())))
                    .append(',').append(quote(array(o.competences()))).append(',').append(quote(array(o.keywords())))
                    .append(',').append(quote(mapper.writeValueAsString(o.descriptions())))
                    .append(",{},{},").append(now).append(",benchmark,").append(now).append(",0\n");
        }
        try (Connection connection = dataSource.getConnection()) {
            String copy = "copy organisation (id, name, type, country, nuts_region, latitude, longitude, nace_codes, "
                    + "nace_sections, competences, keywords, descriptions, offers, needs, registered_at, registered_by, "
                    + "updated_at, version) from stdin with (format csv)";
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(csv.toString()));
            connection.createStatement().execute("analyze organisation");
        }
    }

    private void run(String name, IntFunction<String> path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(path.apply(i));
        }
        long[] latencies = new long[MEASURED];
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            long before = System.nanoTime();
            get(path.apply(i));
            latencies[i] = System.nanoTime() - before;
        }
        double oneClient = MEASURED / seconds(start);
        Arrays.sort(latencies);
        double fourClients = throughput(4, path);
        print("%-58s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  | 1 client %6.0f req/s  4 clients %6.0f req/s", name,
                millis(latencies, 0.50), millis(latencies, 0.95), millis(latencies, 0.99), oneClient, fourClients);
    }

    private double throughput(int clients, IntFunction<String> path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                work.add(() -> {
                    for (int i = 0; i < MEASURED / clients; i++) {
                        get(path.apply(i));
                    }
                    return null;
                });
            }
            long start = System.nanoTime();
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
            return (MEASURED / clients * clients) / seconds(start);
        } finally {
            pool.shutdown();
        }
    }

    private void importMemberFile() throws Exception {
        GeneratedOrganisations rows = new GeneratedOrganisations(99);
        StringBuilder csv = new StringBuilder("name,type,country,nutsRegion,latitude,longitude,naceCodes,competences,"
                + "keywords,description_en\n");
        for (int i = 0; i < IMPORT_ROWS; i++) {
            Generated o = rows.next(i);
            csv.append(quote("Imported " + o.name())).append(',').append(o.type()).append(',').append(o.country())
                    .append(',').append(o.nutsRegion() == null ? "" : o.nutsRegion()).append(',')
                    .append(String.format(Locale.ROOT, "%.5f,%.5f", o.latitude(), o.longitude())).append(',')
                    .append(String.join(";", o.naceCodes())).append(',').append(String.join(";", o.competences()))
                    .append(',').append(String.join(";", o.keywords())).append(',')
                    .append(quote(o.descriptions().get("en"))).append('\n');
        }
        String cluster = MembersApi.cluster("Benchmark Cluster", "FR", "FR1", null).toString();
        for (String attempt : List.of("first import", "same file again")) {
            long start = System.nanoTime();
            // the import is a job: submitted (202), then followed until it is done
            var job = MembersApi.importMemberFile(MembersApi.ADMIN, java.util.UUID.fromString(cluster), csv.toString())
                    .extract();
            double took = seconds(start);
            String report = job.body().asString();
            print("import of a %,d-row member file (%,d KB), %s: %.1f s, %,.0f rows/s; %s", IMPORT_ROWS,
                    csv.length() / 1024, attempt, took, IMPORT_ROWS / took,
                    report.length() > 300 ? report.substring(0, 300) : report);
        }
    }

    private void get(String path) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    private static String array(List<String> values) {
        return values.stream().map(value -> "\"" + value.replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void print(String format, Object... values) {
        System.out.println("BENCHMARK " + String.format(Locale.ROOT, format, values));
    }
}
