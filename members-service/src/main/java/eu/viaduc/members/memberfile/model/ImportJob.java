package eu.viaduc.members.memberfile.model;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.viaduc.members.memberfile.service.ImportReport;

/** One import of a cluster's member file, from submission to its report. */
@Entity
@Table(name = "member_file_import")
public class ImportJob {

    @Id
    private UUID id;
    @Column(name = "cluster_id")
    private UUID clusterId;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Enumerated(EnumType.STRING)
    private ImportStatus status;
    /** Read only by the import itself: following a job (a poll every few hundred ms) must not load megabytes. */
    @Basic(fetch = FetchType.LAZY)
    private byte[] file;
    @Column(name = "rows_done")
    private int rowsDone;
    @JdbcTypeCode(SqlTypes.JSON)
    private ImportReport report;
    private String failure;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    @Column(name = "started_at")
    private OffsetDateTime startedAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    @Version
    private long version;

    protected ImportJob() {
        // for JPA
    }

    public static ImportJob submit(UUID clusterId, String file, String submittedBy) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.clusterId = clusterId;
        job.file = file.getBytes(StandardCharsets.UTF_8);
        job.submittedBy = submittedBy;
        job.status = ImportStatus.QUEUED;
        job.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return job;
    }

    public void start() {
        status = ImportStatus.RUNNING;
        startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        rowsDone = 0;
    }

    /** The process running it stopped (a restart): the import was one transaction, so it runs again from the start. */
    public void requeue() {
        status = ImportStatus.QUEUED;
        startedAt = null;
        rowsDone = 0;
    }

    public void complete(ImportReport report) {
        this.report = report;
        this.rowsDone = report.rows();
        finish(ImportStatus.COMPLETED);
    }

    public void fail(String reason) {
        this.failure = reason;
        finish(ImportStatus.FAILED);
    }

    private void finish(ImportStatus outcome) {
        status = outcome;
        finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        // the file held the members' data only to be imported
        file = null;
    }

    public UUID id() {
        return id;
    }

    public UUID clusterId() {
        return clusterId;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public ImportStatus status() {
        return status;
    }

    public String file() {
        return file == null ? null : new String(file, StandardCharsets.UTF_8);
    }

    public int rowsDone() {
        return rowsDone;
    }

    public ImportReport report() {
        return report;
    }

    public String failure() {
        return failure;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }
}
