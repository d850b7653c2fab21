package eu.viaduc.members.search.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.MMapDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The live organisations' search vectors in an in-process Lucene index, for the one search PostgreSQL
 * cannot answer fast: one word, by relevance. A common word matches a third of 100,000 organisations, and
 * ts_rank must read and rank every match (100 ms or more of one core per search on a two-core machine);
 * Lucene finds the best page of the same ranking and counts the matches in a millisecond or two.
 * <p>
 * PostgreSQL stays the truth, and the index agrees with it: it holds each lexeme of a row's search vector
 * with its share of ts_rank ({@link SearchVector}), so it ranks as ts_rank does, ties broken by name and id;
 * it filters by the organisation's own columns (country, region, type, NACE, competence). Before it answers,
 * it reads the rows written by transactions its last look could not see ({@code changed_in}, V13): a search
 * sees every change committed before it began, on every instance. It is built in the background at start
 * (at 100,000 organisations, seconds), in files of its own under the temporary directory (mapped, so off
 * the heap), and dropped at stop. Until it is built, or if it fails, PostgreSQL answers alone.
 */
@ApplicationScoped
public class OrganisationTextIndex {

    private static final Logger LOG = Logger.getLogger(OrganisationTextIndex.class);
    /** Pages deeper than this are left to PostgreSQL: the index gathers every hit above the page it returns. */
    static final long MAX_DEPTH = 10_000;
    private static final RankShareSimilarity SIMILARITY = new RankShareSimilarity();
    private static final String LIVE_ROWS = "select " + OrganisationDocuments.COLUMNS
            + " from organisation where deleted_at is null";
    /** The rows written by transactions a snapshot (bound twice) could not see: running then, or begun since. */
    private static final String ROWS_NOT_SEEN = "select " + OrganisationDocuments.COLUMNS + " from organisation"
            + " where changed_in >= pg_snapshot_xmin(?::pg_snapshot)"
            + " and not pg_visible_in_snapshot(changed_in, ?::pg_snapshot)";

    /** The organisations found on one page, in order, and how many the search finds in all. */
    public record Found(List<UUID> ids, long total) {
    }

    private final DataSource dataSource;
    private final boolean enabled;
    /** One catch-up at a time; the index's state below changes only under it. */
    private final ReentrantLock catchingUp = new ReentrantLock();
    private Path files;
    private MMapDirectory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    /** The snapshot of the last look at the table: what it saw is indexed, what it could not see is not yet. */
    private String seen;
    /** When the last catch-up began (System.nanoTime): a search that began before it needs no other. */
    private volatile long lastCatchUpBegan;
    /** Set at stop: a build still to come then does nothing. */
    private boolean closed;

    @Inject
    public OrganisationTextIndex(DataSource dataSource,
            @ConfigProperty(name = "viaduc.search.text-index.enabled", defaultValue = "true") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    void buildAtStart(@Observes StartupEvent event) {
        if (enabled) {
            Thread.ofPlatform().daemon().name("organisation-text-index").start(() -> {
                try {
                    build();
                } catch (IOException | SQLException | RuntimeException e) {
                    LOG.error("The organisation text index could not be built; PostgreSQL answers every search", e);
                }
            });
        }
    }

    /**
     * Catches up between searches too, every few seconds: an import's rows are then indexed as it goes, a few
     * thousand at a time, rather than all by the first search after it, which would wait for them.
     */
    @Scheduled(every = "${viaduc.search.text-index.catch-up-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUpBetweenSearches() {
        if (searchers != null) {
            try {
                catchUp(System.nanoTime());
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.debug("The organisation text index could not catch up; the next search tries again", e);
            }
        }
    }

    /**
     * The page of a one-word search by relevance, or nothing when the index cannot answer it (not built yet,
     * too deep a page, or it failed: PostgreSQL answers then).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED) // its reads take their own connection and snapshot
    public Optional<Found> find(List<String> lexemes, OrganisationFilter filter, long offset, int size) {
        SearcherManager current = searchers;
        if (current == null || offset + size > MAX_DEPTH) {
            return Optional.empty();
        }
        long began = System.nanoTime();
        try {
            catchUp(began);
            IndexSearcher searcher = current.acquire();
            try {
                TopFieldDocs top = searcher.search(OrganisationDocuments.query(lexemes, filter), new TopFieldCollectorManager(
                        OrganisationDocuments.RELEVANCE, (int) (offset + size), null, Integer.MAX_VALUE));
                List<UUID> ids = Arrays.stream(top.scoreDocs).skip(offset).map(OrganisationDocuments::organisation)
                        .toList();
                return Optional.of(new Found(ids, top.totalHits.value()));
            } finally {
                current.release(searcher);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            if (writer.getTragicException() != null) {
                // the index can take no change any more (a full disk, say): PostgreSQL answers from now on
                searchers = null;
                LOG.error("The organisation text index failed for good; PostgreSQL answers every search", e);
            } else if (e instanceof SQLException) {
                // the database is out of reach: the search that follows says so, once per request is enough
                LOG.debugf("The organisation text index could not catch up: %s", e.getMessage());
            } else {
                LOG.warn("The organisation text index could not answer; PostgreSQL does", e);
            }
            return Optional.empty();
        }
    }

    /** Every live organisation, from one snapshot; the rows it could not see are read at the first search. */
    private void build() throws IOException, SQLException {
        long began = System.nanoTime();
        catchingUp.lock();
        try {
            if (closed) {
                return;
            }
            files = Files.createTempDirectory("viaduc-organisation-index");
            directory = new MMapDirectory(files);
            writer = new IndexWriter(directory, new IndexWriterConfig().setSimilarity(SIMILARITY)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(8)
                    .setIndexSort(OrganisationDocuments.BY_NAME));
            int[] count = {0};
            seen = readFromOneSnapshot(LIVE_ROWS, null, row -> {
                index(row);
                count[0]++;
            });
            // one segment to search rather than one per flush: a search visits each segment's dictionaries
            writer.forceMerge(1);
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(SIMILARITY);
                    return searcher;
                }
            });
            lastCatchUpBegan = began;
            LOG.infof("Organisation text index built: %d organisations in %d ms", count[0],
                    (System.nanoTime() - began) / 1_000_000);
        } finally {
            catchingUp.unlock();
        }
    }

    /**
     * Indexes the rows written by transactions the last look could not see: those of its snapshot's running
     * transactions and every later one. Several searches arriving together wait for one catch-up, and those
     * that began before it need no other.
     */
    private void catchUp(long searchBegan) throws IOException, SQLException {
        catchingUp.lock();
        try {
            SearcherManager current = searchers;
            if (closed || current == null || lastCatchUpBegan - searchBegan > 0) {
                return;
            }
            long began = System.nanoTime();
            seen = readFromOneSnapshot(ROWS_NOT_SEEN, seen, this::index);
            // also when this look found nothing: a refresh that failed after the last one is made up for here
            // (cheap when the index has not changed)
            current.maybeRefreshBlocking();
            lastCatchUpBegan = began;
        } finally {
            catchingUp.unlock();
        }
    }

    /**
     * Puts a row in the index, or takes it out (a deleted organisation). A row Lucene refuses is left out and
     * said in the log, rather than stopping every catch-up after it at the same row.
     */
    private void index(ResultSet row) throws SQLException, IOException {
        Term id = OrganisationDocuments.id(row);
        if (OrganisationDocuments.deleted(row)) {
            writer.deleteDocuments(id);
            return;
        }
        try {
            writer.updateDocument(id, OrganisationDocuments.document(row));
        } catch (IllegalArgumentException e) {
            writer.deleteDocuments(id);
            LOG.errorf(e, "Organisation %s could not be put in the text index: one-word searches by relevance "
                    + "will not find it", id.text());
        }
    }

    private interface RowHandler {
        void handle(ResultSet row) throws SQLException, IOException;
    }

    /**
     * Hands over the rows of {@code select}, all seen from one snapshot, which it returns; {@code seen} (the
     * last one) is bound to the statement's parameters. Nothing is read when the snapshot is the last one.
     */
    private String readFromOneSnapshot(String select, String seen, RowHandler handler) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                String snapshot;
                try (PreparedStatement statement = connection.prepareStatement("select pg_current_snapshot()::text");
                        ResultSet row = statement.executeQuery()) {
                    row.next();
                    snapshot = row.getString(1);
                }
                if (!snapshot.equals(seen)) {
                    try (PreparedStatement statement = connection.prepareStatement(select)) {
                        statement.setFetchSize(1_000);
                        if (seen != null) {
                            statement.setString(1, seen);
                            statement.setString(2, seen);
                        }
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                handler.handle(rows);
                            }
                        }
                    }
                }
                return snapshot;
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    @PreDestroy
    void close() {
        catchingUp.lock();
        try {
            closed = true;
            SearcherManager current = searchers;
            searchers = null;
            if (current != null) {
                current.close();
            }
            if (writer != null) {
                writer.rollback();
            }
            if (directory != null) {
                directory.close();
            }
            if (files != null) {
                try (Stream<Path> paths = Files.walk(files)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            catchingUp.unlock();
        }
    }
}
