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

    @Schema(name = "SavedSearch", examples = """
            {"id": "6e2b9c41-7d3a-4f58-b1e0-2c9d8a7f6b54", "name": "Masks and gowns in Benelux", "q": "masks",
             "types": ["URGENT_NEED", "BUYER_REQUEST"], "competences": ["ppe-production"], "naceCodes": ["C14"],
             "countries": ["BE", "NL", "LU"], "createdAt": "2026-12-01T09:00:00Z"}""")
    record SavedSearchView(@Schema(required = true) UUID id, @Schema(required = true) String name, @Schema(nullable = true) String q,
            @Schema(required = true) List<String> types, @Schema(required = true) List<String> competences,
            @Schema(required = true, description = "Stored as NACE prefixes with their section letter") List<String> naceCodes,
            @Schema(required = true) List<String> countries, @Schema(required = true) OffsetDateTime createdAt) {

        static SavedSearchView of(SavedSearch s) {
            return new SavedSearchView(s.id(), s.name(), s.q(), s.types(), s.competences(), s.nacePrefixes(), s.countries(),
                    s.createdAt());
        }
    }

    @Schema(name = "Alert", description = "An opportunity or a meeting the caller was told of, and whether the e-mail has gone",
            examples = """
                    {"id": "c4a7e2d9-3b1f-4e8a-9d6c-5f0b2a1e7c38", "opportunityId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10",
                     "meetingRequestId": null, "kind": "SAVED_SEARCH", "savedSearchId": "6e2b9c41-7d3a-4f58-b1e0-2c9d8a7f6b54",
                     "organisationId": null, "createdAt": "2026-12-01T09:05:00Z", "mailedAt": "2026-12-01T09:06:00Z"}""")
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

    @Schema(name = "AlertSettings", examples = """
            {"email": "marie.dubois@filature-du-nord.example", "language": "fr", "urgentNeeds": true}""")
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
