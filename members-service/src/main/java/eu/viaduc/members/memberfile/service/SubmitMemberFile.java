package eu.viaduc.members.memberfile.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import eu.viaduc.members.cluster.service.ClusterService;
import eu.viaduc.members.memberfile.model.ImportJob;
import eu.viaduc.platform.database.AfterCommit;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * A cluster's manager hands in a member file: what can be checked at once is (the cluster, the
 * caller's right, the header), then the import waits as a job for {@link ImportRunner}. One cluster
 * runs one import at a time.
 */
@ApplicationScoped
public class SubmitMemberFile {

    private final EntityManager entityManager;
    private final ClusterService clusters;
    private final ImportRunner runner;
    private final TransactionSynchronizationRegistry transactions;
    private final Caller caller;

    @Inject
    public SubmitMemberFile(EntityManager entityManager, ClusterService clusters, ImportRunner runner,
            TransactionSynchronizationRegistry transactions, Caller caller) {
        this.entityManager = entityManager;
        this.clusters = clusters;
        this.runner = runner;
        this.transactions = transactions;
        this.caller = caller;
    }

    @Transactional
    public ImportJob submit(UUID clusterId, String file) {
        clusters.managedHere(clusterId);
        if (!caller.mayManageCluster(clusterId)) {
            throw ProblemException.forbidden("only platform admins and this cluster's managers import its member file");
        }
        MemberFileImport.requireReadable(file);
        boolean busy = !entityManager.createQuery("""
                select j.id from ImportJob j where j.clusterId = :cluster
                and j.status in (eu.viaduc.members.memberfile.model.ImportStatus.QUEUED,
                                 eu.viaduc.members.memberfile.model.ImportStatus.RUNNING)""", UUID.class)
                .setParameter("cluster", clusterId).getResultList().isEmpty();
        if (busy) {
            throw ProblemException.conflict("an import of this cluster's member file is under way; follow it, then send the next");
        }
        ImportJob job = ImportJob.submit(clusterId, file, caller.id());
        entityManager.persist(job);
        // the unique index catches two submissions racing past the check above (409)
        entityManager.flush();
        AfterCommit.run(transactions, runner::wake);
        return job;
    }

    /** Whoever may import the cluster's file may follow its jobs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJob get(UUID id) {
        ImportJob job = entityManager.find(ImportJob.class, id);
        if (job == null) {
            throw ProblemException.notFound("member-file import", id);
        }
        if (!caller.mayManageCluster(job.clusterId())) {
            throw ProblemException.forbidden("only platform admins and the cluster's managers follow its imports");
        }
        return job;
    }

}
