package eu.viaduc.exchange.offer.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import eu.viaduc.exchange.offer.service.HostingOffers;
import eu.viaduc.exchange.offer.service.PublishHostingOffer;
import eu.viaduc.exchange.offer.service.WithdrawHostingOffer;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.rest.Page;
import eu.viaduc.platform.security.Caller;

@Path("/api/v1/hosting-offers")
@Tag(name = "Hosting offers", description = "What host organisations offer visitors of a programme")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class HostingOfferResource {

    private final PublishHostingOffer publish;
    private final WithdrawHostingOffer withdraw;
    private final HostingOffers offers;
    private final Idempotency idempotency;
    private final Caller caller;

    @Inject
    public HostingOfferResource(PublishHostingOffer publish, WithdrawHostingOffer withdraw, HostingOffers offers,
            Idempotency idempotency, Caller caller) {
        this.publish = publish;
        this.withdraw = withdraw;
        this.offers = offers;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishHostingOffer", summary = "Publish a hosting offer",
            description = "By the host organisation's EDITORs and ADMINs. The host must be an active member of a cluster "
                    + "of the programme's alliance, in a country with a lump sum; the window lies inside the programme's "
                    + "period. Publishes hosting-offer.changed.v1.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = HostingOfferView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it")
    @APIResponse(responseCode = "403", description = "Not an EDITOR or ADMIN of the host")
    @APIResponse(responseCode = "404", description = "No such programme")
    public RestResponse<Object> publish(@Valid @NotNull HostingOfferRequest request,
            @Parameter(description = "Makes a retried request safe") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "publishHostingOffer:" + caller.id(), request, () -> {
            HostingOfferView offer = HostingOfferView.of(offers.listing(publish.publish(request)));
            return Created.of(URI.create("/api/v1/hosting-offers/" + offer.id()), offer, null);
        }).toResponse();
    }

    @GET
    @Operation(operationId = "searchHostingOffers", summary = "Search open hosting offers",
            description = "Any signed-in caller. Filters by programme, host country, value chain, language and dates "
                    + "(offers whose window overlaps them); soonest window first.")
    @APIResponse(responseCode = "200", description = "One page of offers")
    @APIResponse(responseCode = "400", description = "A filter is wrong; the problem names it")
    public Page<HostingOfferView> search(@Valid @BeanParam OfferSearchParameters parameters) {
        Page<eu.viaduc.exchange.offer.service.OfferListing> page = offers.search(parameters.search());
        return new Page<>(page.items().stream().map(HostingOfferView::of).toList(), page.page(), page.size(), page.total());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getHostingOffer", summary = "Read a hosting offer",
            description = "Any signed-in caller, like the list of offers.")
    @APIResponse(responseCode = "200", description = "The offer",
            content = @Content(schema = @Schema(implementation = HostingOfferView.class)))
    @APIResponse(responseCode = "404", description = "No such offer")
    public HostingOfferView get(@PathParam("id") UUID id) {
        return HostingOfferView.of(offers.listing(offers.read(id)));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(operationId = "withdrawHostingOffer", summary = "Take a hosting offer off the list",
            description = "By the host's EDITORs and ADMINs; exchanges it accepted go on. Publishes hosting-offer.changed.v1.")
    @APIResponse(responseCode = "200", description = "WITHDRAWN",
            content = @Content(schema = @Schema(implementation = HostingOfferView.class)))
    @APIResponse(responseCode = "403", description = "Not an EDITOR or ADMIN of the host")
    @APIResponse(responseCode = "404", description = "No such offer")
    @APIResponse(responseCode = "409", description = "Withdrawn already")
    public HostingOfferView withdraw(@PathParam("id") UUID id) {
        return HostingOfferView.of(offers.listing(withdraw.withdraw(id)));
    }
}
