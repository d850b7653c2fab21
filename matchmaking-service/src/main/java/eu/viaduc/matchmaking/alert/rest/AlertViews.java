package eu.viaduc.matchmaking.alert.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.matchmaking.alert.model.Alert;
import eu.viaduc.matchmaking.alert.model.AlertRecipient;
import eu.viaduc.matchmaking.alert.model.SavedSearch;

/** How saved searches, alerts and alert settings are shown to their owner. */
final class AlertViews {

    private AlertViews() {
    }

    @Schema(name = "SavedSearch")
    record SavedSearchView(@Schema(required = true) UUID id, @Schema(required = true) String name, @Schema(nullable = true) String q,
            @Schema(required = true) List<String> types, @Schema(required = true) List<String> competences,
            @Schema(required = true, description = "Stored as NACE prefixes with their section letter") List<String> naceCodes,
            @Schema(required = true) List<String> countries, @Schema(required = true) OffsetDateTime createdAt) {

        static SavedSearchView of(SavedSearch s) {
            return new SavedSearchView(s.id(), s.name(), s.q(), s.types(), s.competences(), s.nacePrefixes(), s.countries(),
                    s.createdAt());
        }
    }

    @Schema(name = "Alert", description = "An opportunity or a meeting the caller was told of, and whether the e-mail has gone")
    record AlertView(@Schema(required = true) UUID id,
            @Schema(nullable = true, description = "The opportunity (URGENT_NEED, SAVED_SEARCH)") UUID opportunityId,
            @Schema(nullable = true, description = "The meeting request (MEETING_*)") UUID meetingRequestId,
            @Schema(required = true, enumeration = {"URGENT_NEED", "SAVED_SEARCH", "MEETING_REQUESTED", "MEETING_SCHEDULED",
                    "MEETING_MOVED", "MEETING_UNSCHEDULED"}) String kind,
            @Schema(nullable = true, description = "The saved search it matched (SAVED_SEARCH)") UUID savedSearchId,
            @Schema(nullable = true, description = "The caller's organisation whose competence it asks (URGENT_NEED), or whose meeting it is (MEETING_*)")
            UUID organisationId,
            @Schema(required = true) OffsetDateTime createdAt, @Schema(nullable = true) OffsetDateTime mailedAt) {

        static AlertView of(Alert a) {
            return new AlertView(a.id(), a.opportunityId(), a.meetingRequestId(), a.kind().name(), a.savedSearchId(),
                    a.organisationId(), a.createdAt(), a.mailedAt());
        }
    }

    @Schema(name = "AlertSettings")
    record SettingsView(@Schema(required = true, description = "From the caller's token") String email,
            @Schema(required = true, description = "Of the e-mails, after Accept-Language: en, fr or nl") String language,
            @Schema(required = true, description = "Urgent needs asking a competence of the caller's organisations reach them at once")
            boolean urgentNeeds) {

        static SettingsView of(AlertRecipient r) {
            return new SettingsView(r.email(), r.language(), r.urgentNeeds());
        }
    }

    @Schema(name = "AlertSettingsRequest", examples = "{\"urgentNeeds\": true}")
    record SettingsRequest(@Schema(required = true) @jakarta.validation.constraints.NotNull Boolean urgentNeeds) {
    }
}
