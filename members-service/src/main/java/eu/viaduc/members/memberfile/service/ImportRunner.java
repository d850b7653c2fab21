package eu.viaduc.members.memberfile.service;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import eu.viaduc.members.memberfile.model.ImportJob;
import eu.viaduc.platform.database.TransientFailures;
import eu.viaduc.platform.problem.ProblemException;

/**
 * Runs queued member-file imports one after the other, each in its own transaction (all or nothing),
 * and records the outcome on the job. Several processes share the queue safely (a job is claimed with
 * SKIP LOCKED); a job left RUNNING by a process that stopped is queued again at start-up.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    /** Imports creating this many organisations refresh the planner's statistics (see refreshStatistics). */
    private static final int REFRESH_STATISTICS_AFTER = 5_000;

    private final EntityManager entityManager;
    private final MemberFileImport memberFileImport;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("member-file-import").daemon().factory());
    private final AtomicBoolean runRequested = new AtomicBoolean();

    @Inject
    public ImportRunner(EntityManager entityManager, MemberFileImport memberFileImport) {
        this.entityManager = entityManager;
        this.memberFileImport = memberFileImport;
    }

    void requeueInterrupted(@Observes StartupEvent startup) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery("""
                select j from ImportJob j where j.status = eu.viaduc.members.memberfile.model.ImportStatus.RUNNING""",
                ImportJob.class).getResultList().forEach(ImportJob::requeue));
        wake();
    }

    public void wake() {
        if (runRequested.compareAndSet(false, true)) {
            worker.execute(this::runQueued);
        }
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        wake();
    }

    private void runQueued() {
        runRequested.set(false);
        try {
            UUID next;
            while ((next = claim()) != null) {
                run(next);
            }
        } catch (RuntimeException e) {
            LOG.warnf("member-file imports wait: %s", e.getMessage());
        }
    }

    /** The oldest queued job, now RUNNING; null when none waits. */
    private UUID claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = entityManager.createNativeQuery("""
                    select id from member_file_import where status = 'QUEUED' order by submitted_at
                    limit 1 for update skip locked""", UUID.class).getResultList();
            if (ids.isEmpty()) {
                return null;
            }
            entityManager.find(ImportJob.class, ids.get(0)).start();
            return ids.get(0);
        });
    }

    private void run(UUID id) {
        Submitted job = QuarkusTransaction.requiringNew().call(() -> Submitted.of(entityManager.find(ImportJob.class, id)));
        String file = job.file().startsWith("\uFEFF") ? job.file().substring(1) : job.file();
        try {
            ImportReport report = memberFileImport.importFile(job.clusterId(), new StringReader(file), job.submittedBy(),
                    rows -> progress(id, rows));
            finish(id, found -> found.complete(report));
            if (report.created() >= REFRESH_STATISTICS_AFTER) {
                refreshStatistics();
            }
            LOG.infof("member-file import %s of cluster %s: %d rows, %d created, %d rejected", id, job.clusterId(),
                    report.rows(), report.created(), report.rejected().size());
        } catch (ProblemException problem) {
            finish(id, found -> found.fail(problem.getMessage()));
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                // nothing was imported (one transaction): it runs again once the database is back
                finish(id, ImportJob::requeue);
                throw e;
            }
            LOG.errorf(e, "member-file import %s failed", id);
            finish(id, found -> found.fail("the import failed unexpectedly and imported nothing; quote job " + id));
        }
    }

    /**
     * A large import changes what the planner should expect of the map (how many organisations per country,
     * type, competence): its statistics are brought up to date at once, rather than at autovacuum's next pass,
     * so that searches do not pick plans made for the smaller map. Costs well under a second at 100,000.
     */
    private void refreshStatistics() {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("analyze organisation, membership")
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("statistics not refreshed after an import (autovacuum will): %s", e.getMessage());
        }
    }

    private void progress(UUID id, int rows) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update member_file_import set rows_done = ?1 where id = ?2")
                .setParameter(1, rows).setParameter(2, id).executeUpdate());
    }

    private void finish(UUID id, java.util.function.Consumer<ImportJob> outcome) {
        QuarkusTransaction.requiringNew().run(() -> outcome.accept(entityManager.find(ImportJob.class, id)));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** What the import needs of its job, the file read once, inside the transaction (it is loaded lazily). */
    private record Submitted(UUID clusterId, String submittedBy, String file) {

        static Submitted of(ImportJob job) {
            return new Submitted(job.clusterId(), job.submittedBy(), job.file());
        }
    }
}
