package eu.viaduc.matchmaking.opportunity.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.service.CloseOpportunity;
import eu.viaduc.matchmaking.opportunity.service.DraftOpportunity;
import eu.viaduc.matchmaking.opportunity.service.Opportunities;
import eu.viaduc.matchmaking.opportunity.service.OpportunitySearch;
import eu.viaduc.matchmaking.opportunity.service.PublishOpportunity;
import eu.viaduc.matchmaking.opportunity.service.RenewOpportunity;
import eu.viaduc.matchmaking.opportunity.service.ReviseOpportunity;
import eu.viaduc.matchmaking.organisation.service.OrganisationProfiles;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.rest.ETags;
import eu.viaduc.platform.rest.Page;
import eu.viaduc.platform.security.Caller;

@Path("/api/v1/opportunities")
@Tag(name = "Opportunities", description = "Offers, requests, partner searches, urgent needs and buyer requests that organisations post")
@Produces(MediaType.APPLICATION_JSON)
public class OpportunityResource {

    private final DraftOpportunity draft;
    private final ReviseOpportunity revise;
    private final PublishOpportunity publish;
    private final RenewOpportunity renew;
    private final CloseOpportunity close;
    private final Opportunities opportunities;
    private final OpportunitySearch search;
    private final OrganisationProfiles profiles;
    private final Idempotency idempotency;
    private final Caller caller;

    @Context
    HttpHeaders headers;

    @Inject
    public OpportunityResource(DraftOpportunity draft, ReviseOpportunity revise, PublishOpportunity publish,
            RenewOpportunity renew, CloseOpportunity close, Opportunities opportunities, OpportunitySearch search,
            OrganisationProfiles profiles, Idempotency idempotency, Caller caller) {
        this.draft = draft;
        this.revise = revise;
        this.publish = publish;
        this.renew = renew;
        this.close = close;
        this.opportunities = opportunities;
        this.search = search;
        this.profiles = profiles;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "draftOpportunity", summary = "Write an opportunity, as a draft",
            description = "By any EDITOR or ADMIN of the organisation. Competences must be in the vocabulary, NACE codes, "
                    + "countries and languages in their lists; a PARTNER_SEARCH needs its call's deadline, an URGENT_NEED "
                    + "a quantity and a deadline; no deadline in the past. Nobody outside the organisation sees a draft.")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an EDITOR or ADMIN of the organisation")
    public RestResponse<Object> draft(@Valid @NotNull OpportunityRequest request,
            @Parameter(description = "Makes a retried request safe") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "draftOpportunity:" + caller.id(), request, () -> {
            Opportunity written = draft.draft(request);
            return Created.of(URI.create("/api/v1/opportunities/" + written.id()), view(written), ETags.of(written.version()));
        }).toResponse();
    }

    @GET
    @PermitAll
    @Operation(operationId = "searchOpportunities", summary = "Search opportunities",
            description = "Anyone, signed in or not. Published opportunities unless status says otherwise; filters by "
                    + "type, required competence, NACE prefix, country sought (an opportunity seeking partners anywhere "
                    + "matches every country) and organisation; full text in every language. Matches by relevance when "
                    + "words are given, else newest first.")
    @APIResponse(responseCode = "200", description = "One page of opportunities")
    @APIResponse(responseCode = "400", description = "A filter is wrong; the problem names it")
    public Page<OpportunityView> search(@Valid @BeanParam OpportunitySearchParameters parameters) {
        Page<Opportunity> found = search.search(parameters.criteria());
        return new Page<>(found.items().stream().map(this::view).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getOpportunity", summary = "Read an opportunity",
            description = "Anyone reads a published, closed or expired opportunity; a draft only its organisation's people. "
                    + "Title and description come in the reader's language (Accept-Language) where written, else the "
                    + "original language, else English; Content-Language says which.")
    @APIResponse(responseCode = "200", description = "The opportunity, with its ETag",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity, or a draft of another organisation")
    public Response get(@PathParam("id") UUID id) {
        return withHeaders(opportunities.read(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "reviseOpportunity", summary = "Rewrite a draft or published opportunity",
            description = "By the organisation's EDITORs and ADMINs, with the ETag read in If-Match. A published one stays "
                    + "published and publishes opportunity.updated.v1.")
    @APIResponse(responseCode = "200", description = "The opportunity as it now reads",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it")
    @APIResponse(responseCode = "403", description = "Not an EDITOR or ADMIN of the organisation")
    @APIResponse(responseCode = "404", description = "No such opportunity")
    @APIResponse(responseCode = "409", description = "Closed or expired")
    @APIResponse(responseCode = "412", description = "Changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response revise(@PathParam("id") UUID id, @Valid @NotNull OpportunityRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return withHeaders(revise.revise(id, request, ifMatch));
    }

    @POST
    @Path("{id}/publication")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "publishOpportunity", summary = "Publish a draft",
            description = "By the organisation's EDITORs and ADMINs. It lives 365 days (configurable), or until the end of "
                    + "its deadline day if that comes first; a PARTNER_SEARCH until its call's deadline. Publishes "
                    + "opportunity.published.v1.")
    @APIResponse(responseCode = "200", description = "PUBLISHED, with expiresAt",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "400", description = "Its deadline has passed meanwhile")
    @APIResponse(responseCode = "403", description = "Not an EDITOR or ADMIN of the organisation")
    @APIResponse(responseCode = "404", description = "No such opportunity")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Response publish(@PathParam("id") UUID id) {
        return withHeaders(publish.publish(id));
    }

    @POST
    @Path("{id}/renewal")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "renewOpportunity", summary = "Give a published or expired opportunity another lifetime",
            description = "By the organisation's EDITORs and ADMINs: published again for a lifetime from today (or until its "
                    + "deadline). A PARTNER_SEARCH is renewed by moving its deadline instead (409). Publishes "
                    + "opportunity.renewed.v1.")
    @APIResponse(responseCode = "200", description = "PUBLISHED, with the new expiresAt",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "400", description = "Its deadline has passed")
    @APIResponse(responseCode = "403", description = "Not an EDITOR or ADMIN of the organisation")
    @APIResponse(responseCode = "404", description = "No such opportunity")
    @APIResponse(responseCode = "409", description = "A draft, closed, or a partner search")
    public Response renew(@PathParam("id") UUID id) {
        return withHeaders(renew.renew(id));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "closeOpportunity", summary = "Close an opportunity, with a reason",
            description = "By the organisation's EDITORs and ADMINs. Publishes opportunity.closed.v1 unless it was a draft.")
    @APIResponse(responseCode = "200", description = "CLOSED",
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "Not an EDITOR or ADMIN of the organisation")
    @APIResponse(responseCode = "404", description = "No such opportunity")
    @APIResponse(responseCode = "409", description = "Closed already")
    public Response close(@PathParam("id") UUID id, @Valid @NotNull ClosureRequest request) {
        return withHeaders(close.close(id, request.reason().strip()));
    }

    private Response withHeaders(Opportunity opportunity) {
        OpportunityView view = view(opportunity);
        // the body also holds the poster's name (from its profile) and the reader's language: both in the tag
        String variant = Integer.toHexString(Objects.hash(view.language(), view.organisationName(), view.organisationCountry()));
        return Response.ok(view).header("ETag", ETags.of(opportunity.version(), variant))
                .header("Content-Language", view.language()).header("Vary", "Accept-Language").build();
    }

    private OpportunityView view(Opportunity opportunity) {
        OpportunityView.Poster poster = profiles.find(opportunity.organisationId())
                .map(profile -> new OpportunityView.Poster(profile.name(), profile.country()))
                .orElse(new OpportunityView.Poster(null, null));
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        return OpportunityView.of(opportunity, poster, acceptable);
    }
}
