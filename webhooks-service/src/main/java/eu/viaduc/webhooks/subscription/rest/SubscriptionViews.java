package eu.viaduc.webhooks.subscription.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.webhooks.subscription.model.Subscription;
import eu.viaduc.webhooks.subscription.service.DeadLetters.DeadLetter;

/** What the webhook subscriptions API reads and answers. */
public final class SubscriptionViews {

    private SubscriptionViews() {
    }

    @Schema(name = "WebhookSubscriptionRequest", examples = """
            {"callbackUrl": "https://partner.example.eu/hooks/viaduc",
             "eventTypes": ["eu.viaduc.members.organisation.registered.v2", "eu.viaduc.matchmaking.opportunity.published.v1"]}""")
    public record SubscriptionRequest(
            @Schema(description = "Where the events go: https, on a public address") @NotBlank @Size(max = 2000) String callbackUrl,
            @Schema(description = "Public event types (GET /api/v1/webhooks/event-types)")
            @NotNull @Size(min = 1, max = 50) List<@NotBlank String> eventTypes) {
    }

    @Schema(name = "WebhookSubscription", examples = """
            {"id": "6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c", "callbackUrl": "https://partner.example.eu/hooks/viaduc",
             "eventTypes": ["eu.viaduc.matchmaking.opportunity.published.v1"], "createdAt": "2026-12-05T10:00:00Z",
             "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}""")
    public record SubscriptionView(UUID id, String callbackUrl, List<String> eventTypes, OffsetDateTime createdAt,
            @Schema(nullable = true, description = "The signing secret (Standard Webhooks): only in the answer that created it")
            String secret) {

        static SubscriptionView of(Subscription subscription, boolean withSecret) {
            return new SubscriptionView(subscription.id(), subscription.callbackUrl(), subscription.eventTypes(),
                    subscription.createdAt(), withSecret ? subscription.secret() : null);
        }
    }

    @Schema(name = "WebhookDeadLetter", examples = """
            {"eventId": "0e5c2f1a-7b3d-4c9e-8a6f-2d1b0c9e8f7a", "type": "eu.viaduc.members.organisation.updated.v2",
             "subject": "5b0f3f5e-2c44-4f3a-9d8e-0c1c7d2a9b11", "time": "2026-12-05T10:00:00Z", "attempts": 12,
             "lastStatus": 503, "lastError": "the callback answered 503", "deadSince": "2026-12-05T18:02:11Z"}""")
    public record DeadLetterView(String eventId, String type, String subject, OffsetDateTime time, int attempts,
            @Schema(nullable = true, description = "The last HTTP status; null when no answer came") Integer lastStatus,
            String lastError, OffsetDateTime deadSince) {

        static DeadLetterView of(DeadLetter letter) {
            return new DeadLetterView(letter.eventId(), letter.type(), letter.subject(), letter.time(), letter.attempts(),
                    letter.lastStatus(), letter.lastError(), letter.deadSince());
        }
    }

    @Schema(name = "WebhookReplayRequest", examples = """
            {"from": "2026-12-01T00:00:00Z"}""")
    public record ReplayRequest(@Schema(description = "Events from this time on (the log keeps 30 days)") @NotNull OffsetDateTime from) {
    }

    @Schema(name = "WebhookReplay", examples = """
            {"queued": 42}""")
    public record ReplayView(@Schema(description = "How many events will be sent again, in order") int queued) {
    }
}
