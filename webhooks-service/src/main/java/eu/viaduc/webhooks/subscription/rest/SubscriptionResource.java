package eu.viaduc.webhooks.subscription.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import eu.viaduc.platform.security.Roles;
import eu.viaduc.webhooks.subscription.model.Subscription;
import eu.viaduc.webhooks.subscription.rest.SubscriptionViews.DeadLetterView;
import eu.viaduc.webhooks.subscription.rest.SubscriptionViews.ReplayRequest;
import eu.viaduc.webhooks.subscription.rest.SubscriptionViews.ReplayView;
import eu.viaduc.webhooks.subscription.rest.SubscriptionViews.SubscriptionRequest;
import eu.viaduc.webhooks.subscription.rest.SubscriptionViews.SubscriptionView;
import eu.viaduc.webhooks.subscription.service.CreateSubscription;
import eu.viaduc.webhooks.subscription.service.DeadLetters;
import eu.viaduc.webhooks.subscription.service.ReplayEvents;
import eu.viaduc.webhooks.subscription.service.SubscriptionSettings;
import eu.viaduc.webhooks.subscription.service.Subscriptions;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Partner sites subscribe to public events and receive them as CloudEvents over HTTP, "
        + "signed as the Standard Webhooks specification says, at least once and in order per aggregate")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    private final CreateSubscription create;
    private final Subscriptions subscriptions;
    private final DeadLetters deadLetters;
    private final ReplayEvents replay;
    private final SubscriptionSettings settings;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    @Inject
    public SubscriptionResource(CreateSubscription create, Subscriptions subscriptions, DeadLetters deadLetters,
            ReplayEvents replay, SubscriptionSettings settings, SecurityIdentity identity, JsonWebToken token) {
        this.create = create;
        this.subscriptions = subscriptions;
        this.deadLetters = deadLetters;
        this.replay = replay;
        this.settings = settings;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Path("event-types")
    @PermitAll
    @Operation(operationId = "listWebhookEventTypes", summary = "The event types a webhook may subscribe to",
            description = "Public. The types of the public channels (no personal data, nothing private to one organisation); "
                    + "their schemas are in the AsyncAPI document.")
    @APIResponse(responseCode = "200", description = "The types")
    public List<String> eventTypes() {
        return settings.eventTypes().stream().sorted().toList();
    }

    @POST
    @Path("subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER_APP, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "subscribeWebhook", summary = "Subscribe a callback to public events",
            description = "Partner apps (client credentials) and platform admins. Each event of these types is then POSTed "
                    + "to the callback as a CloudEvent (application/cloudevents+json) with webhook-id, webhook-timestamp "
                    + "and webhook-signature headers; a 2xx answer takes it, anything else is tried again with backoff. "
                    + "The callback must be https on a public address. The answer holds the signing secret, once.")
    @APIResponse(responseCode = "201", description = "Subscribed; keep the secret",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "An unknown event type, or a callback that is not https or points inside")
    public Response subscribe(@Valid @NotNull SubscriptionRequest request) {
        Subscription subscription = create.create(owner(), request.callbackUrl(), request.eventTypes());
        return Response.created(URI.create("/api/v1/webhooks/subscriptions/" + subscription.id()))
                .entity(SubscriptionView.of(subscription, true)).build();
    }

    @GET
    @Path("subscriptions")
    @RolesAllowed({ Roles.PARTNER_APP, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "listWebhookSubscriptions", summary = "The caller's webhook subscriptions",
            description = "Partner apps and platform admins: their own, oldest first, without secrets.")
    @APIResponse(responseCode = "200", description = "The subscriptions")
    public List<SubscriptionView> list() {
        return subscriptions.of(owner()).stream().map(s -> SubscriptionView.of(s, false)).toList();
    }

    @GET
    @Path("subscriptions/{id}")
    @RolesAllowed({ Roles.PARTNER_APP, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "getWebhookSubscription", summary = "Read a webhook subscription",
            description = "Its owner, or a platform admin; without its secret.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return SubscriptionView.of(visible(id), false);
    }

    @DELETE
    @Path("subscriptions/{id}")
    @RolesAllowed({ Roles.PARTNER_APP, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "unsubscribeWebhook", summary = "Stop a webhook subscription",
            description = "Its owner, or a platform admin. Nothing more is sent; what was waiting is dropped.")
    @APIResponse(responseCode = "204", description = "Stopped")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public void delete(@PathParam("id") UUID id) {
        subscriptions.delete(id, owner(), isAdmin());
    }

    @GET
    @Path("subscriptions/{id}/dead-letters")
    @RolesAllowed({ Roles.PARTNER_APP, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "listWebhookDeadLetters", summary = "Events the callback never took",
            description = "Its owner, or a platform admin: the last 200 deliveries given up after every retry, newest first, "
                    + "with the callback's last answer. A replay sends them again.")
    @APIResponse(responseCode = "200", description = "The dead letters")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public List<DeadLetterView> deadLetters(@PathParam("id") UUID id) {
        return deadLetters.of(visible(id), 200).stream().map(DeadLetterView::of).toList();
    }

    @POST
    @Path("subscriptions/{id}/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER_APP, Roles.PLATFORM_ADMIN })
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "replayWebhookEvents", summary = "Send the events since a point in time again",
            description = "Its owner, or a platform admin. Every event of the subscription's types since then (the log "
                    + "keeps 30 days) is sent again, in order, delivered or dead alike.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = ReplayView.class)))
    @APIResponse(responseCode = "400", description = "from is missing")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's")
    public Response replay(@PathParam("id") UUID id, @Valid @NotNull ReplayRequest request) {
        return Response.accepted(new ReplayView(replay.since(visible(id), request.from()))).build();
    }

    private Subscription visible(UUID id) {
        return subscriptions.visible(id, owner(), isAdmin());
    }

    private String owner() {
        return token.getSubject();
    }

    private boolean isAdmin() {
        return identity.hasRole(Roles.PLATFORM_ADMIN);
    }
}
