package eu.viaduc.exchange.activity.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.exchange.activity.model.Activity;

@Schema(name = "Activity")
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
