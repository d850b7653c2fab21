package eu.viaduc.members.memberfile.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did. Rows already on the map (same registration id, or same name and country) are
 * not created again, so importing a file twice creates nothing the second time; the cluster proposes
 * them a membership instead, which they accept or refuse.
 */
@Schema(name = "ImportReport", examples = """
        {"rows": 3, "created": 1, "alreadyPresent": 1, "membershipsActivated": 1, "membershipsProposed": 1,
         "rejected": [{"line": 4, "field": "country", "reason": "must be an ISO 3166-1 alpha-2 code, such as FR or BG"}]}""")
public record ImportReport(int rows, int created, int alreadyPresent, int membershipsActivated,
        @Schema(description = "Organisations already on the map to whom the cluster proposed a membership; each "
                + "becomes a member when its ADMINs accept") int membershipsProposed,
        List<RejectedRow> rejected) {

    /** A row left out, and why: line counts the header as line 1. */
    @Schema(name = "RejectedRow", examples = """
            {"line": 4, "field": "country", "reason": "must be an ISO 3166-1 alpha-2 code, such as FR or BG"}""")
    public record RejectedRow(long line, String field, String reason) {
    }
}
