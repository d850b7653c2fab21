package eu.viaduc.platform.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a read that was answered before from memory, as long as the database holds the same data.
 * The key is PostgreSQL's current snapshot ({@code pg_current_snapshot()}: the transactions whose
 * changes a new statement sees): while no transaction has committed since, every statement would see
 * what the first answer saw, so that answer is still right. The first commit anywhere gives a new
 * snapshot, and the answers kept for the old one are dropped. An answer is computed after its key was
 * read, so it is at least as fresh as the snapshot it is kept under, never older.
 * <p>
 * Costs one short statement per read; a read that finds nothing kept costs what it cost before. Meant
 * for public reads that many callers repeat (the same search, the same counts); the answer must not
 * depend on the caller, and must be immutable. At most {@code viaduc.snapshot-cache.max-answers} (200)
 * are kept, so memory stays bounded whatever callers ask; callers keep large answers (deep or long pages)
 * out of it.
 */
@ApplicationScoped
public class SnapshotCache {

    private final DataSource dataSource;
    private final int maxAnswers;
    private volatile Generation current = new Generation("");

    @Inject
    public SnapshotCache(DataSource dataSource,
            @ConfigProperty(name = "viaduc.snapshot-cache.max-answers", defaultValue = "200") int maxAnswers) {
        this.dataSource = dataSource;
        this.maxAnswers = maxAnswers;
    }

    /**
     * The answer kept for {@code question} if no commit happened since it was computed; else computed now.
     * A caller who sends {@code Cache-Control: no-cache} asks for an answer computed now (HTTP's meaning
     * of it), and gets one; it is then kept for the others.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object question, String cacheControl, Supplier<T> answer) {
        if (maxAnswers <= 0) {
            return answer.get();
        }
        boolean fresh = cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
        String snapshot = snapshot();
        if (snapshot == null) {
            return answer.get();
        }
        Generation generation = current;
        if (!generation.snapshot.equals(snapshot)) {
            generation = new Generation(snapshot);
            current = generation;
        }
        if (fresh) {
            T computed = answer.get();
            if (generation.answers.size() < maxAnswers) {
                generation.answers.put(question, CompletableFuture.completedFuture(computed));
            }
            return computed;
        }
        // one computation per question and snapshot: callers asking at once wait for it rather than each
        // computing the same answer (a popular search right after a change would otherwise run 16 times)
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> kept = generation.answers.size() < maxAnswers
                ? generation.answers.putIfAbsent(question, mine)
                : generation.answers.get(question);
        if (kept != null) {
            try {
                return (T) kept.join();
            } catch (CompletionException e) {
                // the computation it waited for failed: this caller computes its own answer
                return answer.get();
            }
        }
        try {
            T computed = answer.get();
            mine.complete(computed);
            return computed;
        } catch (Throwable e) {
            // an Error too: callers waiting for this computation must not wait forever
            generation.answers.remove(question, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Null when the database cannot be asked: the read then goes its usual way, and fails there if it must. */
    private String snapshot() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_current_snapshot()::text")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            return null;
        }
    }

    /** The answers computed while the database was at one snapshot. */
    private static final class Generation {

        final String snapshot;
        final Map<Object, CompletableFuture<Object>> answers = new ConcurrentHashMap<>();

        Generation(String snapshot) {
            this.snapshot = snapshot;
        }
    }
}
