package eu.viaduc.members.memberfile.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.memberfile.model.ImportJob;
import eu.viaduc.members.memberfile.model.ImportStatus;
import eu.viaduc.members.memberfile.service.ImportReport;

/** A member-file import as its client follows it: progress while it runs, then the report (or why it failed). */
@Schema(name = "MemberFileImport", examples = """
        {"id": "5b9c1f3e-8d2a-4e6b-9f1c-2a3b4c5d6e7f", "clusterId": "c1a50000-0000-4000-8000-000000000001",
         "status": "COMPLETED", "rowsDone": 3, "submittedAt": "2026-11-23T10:00:00Z",
         "startedAt": "2026-11-23T10:00:00Z", "finishedAt": "2026-11-23T10:00:02Z",
         "report": {"rows": 3, "created": 1, "alreadyPresent": 1, "membershipsActivated": 1, "membershipsProposed": 1,
                    "rejected": [{"line": 4, "field": "country", "reason": "must be an ISO 3166-1 alpha-2 code"}]},
         "failure": null}""")
public record ImportJobView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID clusterId,
        @Schema(required = true, description = "QUEUED, RUNNING, then COMPLETED (report) or FAILED (failure; nothing imported)")
        ImportStatus status,
        @Schema(required = true, description = "Rows read so far (every 500 while it runs)") int rowsDone,
        @Schema(required = true) OffsetDateTime submittedAt,
        @Schema(nullable = true) OffsetDateTime startedAt,
        @Schema(nullable = true) OffsetDateTime finishedAt,
        @Schema(nullable = true, description = "Once COMPLETED") ImportReport report,
        @Schema(nullable = true, description = "Once FAILED: why") String failure) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id(), job.clusterId(), job.status(), job.rowsDone(), job.submittedAt(),
                job.startedAt(), job.finishedAt(), job.report(), job.failure());
    }
}
