package eu.viaduc.exchange.activity.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.exchange.activity.model.Activity;

@Schema(name = "Activity", examples = """
        {"id": "ac710000-0000-4000-8000-000000000001", "programmeId": "9b1e0000-0000-4000-8000-000000000001",
         "kind": "TRAINING", "title": "Capacity building for cluster managers: running cross-border stays",
         "description": "Preparing, matching and closing a ClusterXchange stay: lump sums, commitment, closing report.",
         "startsAt": "2026-03-10T07:00:00Z", "endsAt": "2026-03-10T15:00:00Z",
         "location": "Sofia, Bulgarian Fashion Association", "capacity": 25, "status": "SCHEDULED", "registered": 18,
         "waiting": 0, "version": 0}""")
public record ActivityView(UUID id, UUID programmeId, Activity.Kind kind, String title,
        @Schema(nullable = true) String description, OffsetDateTime startsAt, OffsetDateTime endsAt, String location,
        int capacity, Activity.Status status,
        @Schema(description = "People holding a place") long registered,
        @Schema(description = "People on the waiting list") long waiting, long version) {

    public static ActivityView of(Activity activity, long registered, long waiting) {
        return new ActivityView(activity.id(), activity.programmeId(), activity.kind(), activity.title(),
                activity.description(), activity.startsAt(), activity.endsAt(), activity.location(), activity.capacity(),
                activity.status(), registered, waiting, activity.version());
    }
}
