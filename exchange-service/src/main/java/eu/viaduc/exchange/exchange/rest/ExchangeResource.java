package eu.viaduc.exchange.exchange.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import eu.viaduc.exchange.exchange.model.ExchangeState;
import eu.viaduc.exchange.exchange.service.AcceptHosting;
import eu.viaduc.exchange.exchange.service.ApplyForExchange;
import eu.viaduc.exchange.exchange.service.CancelExchange;
import eu.viaduc.exchange.exchange.service.ChangeDraft;
import eu.viaduc.exchange.exchange.service.CloseExchange;
import eu.viaduc.exchange.exchange.service.ExchangeViews;
import eu.viaduc.exchange.exchange.service.Exchanges;
import eu.viaduc.exchange.exchange.service.FileClosingReport;
import eu.viaduc.exchange.exchange.service.RejectExchange;
import eu.viaduc.exchange.exchange.service.SignCommitment;
import eu.viaduc.exchange.exchange.service.SubmitExchange;
import eu.viaduc.exchange.exchange.service.ValidateExchange;
import eu.viaduc.exchange.exchange.service.WithdrawExchange;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.rest.Page;
import eu.viaduc.platform.rest.Patterns;
import eu.viaduc.platform.security.Caller;

@Path("/api/v1/exchanges")
@Tag(name = "Exchanges", description = "Short stays between cluster members in different countries. DRAFT -> SUBMITTED "
        + "-> VALIDATED (the visitor's cluster managers) -> MATCHED (the host accepts) -> AGREED (both sides signed the "
        + "quality commitment) -> COMPLETED (closing report) -> CLOSED (report validated; lump sum due); REJECTED, "
        + "WITHDRAWN and CANCELLED on the way, with a reason. A move from any other state answers 409 naming the state. "
        + "Every move publishes exchange.state-changed.v1.")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
@APIResponse(responseCode = "403", description = "The caller may not see or move this exchange")
@APIResponse(responseCode = "404", description = "No such exchange")
public class ExchangeResource {

    @Inject
    ApplyForExchange apply;
    @Inject
    ChangeDraft changeDraft;
    @Inject
    SubmitExchange submit;
    @Inject
    ValidateExchange validate;
    @Inject
    RejectExchange reject;
    @Inject
    AcceptHosting accept;
    @Inject
    SignCommitment sign;
    @Inject
    FileClosingReport report;
    @Inject
    CloseExchange close;
    @Inject
    WithdrawExchange withdraw;
    @Inject
    CancelExchange cancel;
    @Inject
    ExchangeViews views;
    @Inject
    Idempotency idempotency;
    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "applyForExchange", summary = "Apply for a stay at a hosting offer (DRAFT)",
            description = "By the visitor organisation's EDITORs and ADMINs. Checked at once against the programme's "
                    + "rules: host country differs from the visitor's; the visitor is an ACTIVE member of a cluster of "
                    + "the programme's alliance; the stay lies inside the programme's period and the host's window; "
                    + "its working days in the host country (weekends and public holidays excluded) are within the "
                    + "programme's limits. The lump sum is computed and explained.")
    @APIResponse(responseCode = "201", description = "DRAFT", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or a rule does not hold; the problem names the field")
    public RestResponse<Object> apply(@Valid @NotNull ApplicationRequest request,
            @Parameter(description = "Makes a retried request safe") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "applyForExchange:" + caller.id(), request, () -> {
            ExchangeView exchange = views.of(apply.apply(request));
            return Created.of(URI.create("/api/v1/exchanges/" + exchange.id()), exchange, null);
        }).toResponse();
    }

    @GET
    @Operation(operationId = "listExchanges", summary = "The exchanges the caller may see, newest first",
            description = "Those of the organisations the caller acts for (as visitor or host), of the programmes of "
                    + "alliances they manage and of visitors in clusters they manage; platform admins see all.")
    @APIResponse(responseCode = "200", description = "One page of exchanges")
    public Page<ExchangeView> list(
            @QueryParam("programmeId") @Pattern(regexp = Patterns.UUID, message = "must be a programme id") String programmeId,
            @QueryParam("state") @Pattern(regexp = "DRAFT|SUBMITTED|VALIDATED|MATCHED|AGREED|COMPLETED|CLOSED|REJECTED|WITHDRAWN|CANCELLED",
                    message = "must be an exchange state such as SUBMITTED") String state,
            @Parameter(description = "As visitor or host") @QueryParam("organisationId")
            @Pattern(regexp = Patterns.UUID, message = "must be an organisation id") String organisationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return views.list(new Exchanges.Filter(programmeId == null ? null : UUID.fromString(programmeId),
                state == null ? null : ExchangeState.valueOf(state),
                organisationId == null ? null : UUID.fromString(organisationId), page, size));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getExchange", summary = "Read an exchange with its history",
            description = "For the parties, the visitor's cluster managers and the programme's managers, who also see "
                    + "the visiting person.")
    @APIResponse(responseCode = "200", description = "The exchange", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    public ExchangeView get(@PathParam("id") UUID id) {
        return views.read(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeExchangeDraft", summary = "Change a draft before submitting it",
            description = "By the visitor's EDITORs and ADMINs: dates, offer (of the same programme), objectives, "
                    + "visiting person; the rules are checked as when applying. Publishes exchange.state-changed.v1 "
                    + "(DRAFT to DRAFT).")
    @APIResponse(responseCode = "200", description = "The changed DRAFT", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or a rule does not hold; the problem names the field")
    @APIResponse(responseCode = "409", description = "Not a DRAFT any more")
    public ExchangeView change(@PathParam("id") UUID id, @Valid @NotNull ApplicationRequest request) {
        return views.of(changeDraft.change(id, request));
    }

    @POST
    @Path("{id}/submission")
    @Operation(operationId = "submitExchange", summary = "Submit a draft (SUBMITTED)",
            description = "By the visitor's EDITORs and ADMINs. The rules are checked again; an organisation visits at "
                    + "most once per programme (409 naming visitorOrganisationId).")
    @APIResponse(responseCode = "200", description = "SUBMITTED", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "400", description = "A rule does not hold any more; the problem names the field")
    @APIResponse(responseCode = "409", description = "Not a DRAFT, or the organisation visits in this programme already")
    public ExchangeView submit(@PathParam("id") UUID id) {
        return views.of(submit.submit(id));
    }

    @POST
    @Path("{id}/validation")
    @Operation(operationId = "validateExchange", summary = "Validate a submitted application (VALIDATED)",
            description = "By a manager of a cluster of the alliance of which the visitor is an active member. A "
                    + "capped category takes no more validations than its target, and the budget holds, under "
                    + "concurrent validations.")
    @APIResponse(responseCode = "200", description = "VALIDATED", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "409", description = "Not SUBMITTED, the category is full or the budget spent")
    public ExchangeView validate(@PathParam("id") UUID id) {
        return views.of(validate.validate(id));
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectExchange", summary = "Reject an application (REJECTED)",
            description = "A SUBMITTED one by the visitor's cluster managers; a VALIDATED one by the host's people.")
    @APIResponse(responseCode = "200", description = "REJECTED", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "409", description = "Not SUBMITTED or VALIDATED, or the other side decides now")
    public ExchangeView reject(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return views.of(reject.reject(id, request.reason()));
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(operationId = "acceptExchange", summary = "The host accepts the visitor (MATCHED)",
            description = "By the host's EDITORs and ADMINs; takes one of the offer's places.")
    @APIResponse(responseCode = "200", description = "MATCHED", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "409", description = "Not VALIDATED, or the offer is full")
    public ExchangeView accept(@PathParam("id") UUID id) {
        return views.of(accept.accept(id));
    }

    @POST
    @Path("{id}/commitment")
    @Operation(operationId = "signExchangeCommitment", summary = "Sign the commitment to quality",
            description = "By the visitor's and the host's EDITORs and ADMINs, for every side the caller acts for. "
                    + "When both sides have signed, the exchange is AGREED.")
    @APIResponse(responseCode = "200", description = "Signed; AGREED once both sides have", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "409", description = "Not MATCHED")
    public ExchangeView sign(@PathParam("id") UUID id) {
        return views.of(sign.sign(id));
    }

    @POST
    @Path("{id}/closing-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileExchangeReport", summary = "File the closing report (COMPLETED)",
            description = "By the visitor's EDITORs and ADMINs, once the stay has ended.")
    @APIResponse(responseCode = "200", description = "COMPLETED", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "409", description = "Not AGREED, or the stay has not ended")
    public ExchangeView report(@PathParam("id") UUID id, @Valid @NotNull ClosingReportRequest request) {
        return views.of(report.file(id, request.report(), request.outcomes()));
    }

    @POST
    @Path("{id}/report-validation")
    @Operation(operationId = "closeExchange", summary = "Validate the closing report (CLOSED, lump sum due)",
            description = "By the programme's managers or the visitor's cluster managers.")
    @APIResponse(responseCode = "200", description = "CLOSED", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "409", description = "Not COMPLETED")
    public ExchangeView close(@PathParam("id") UUID id) {
        return views.of(close.close(id));
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawExchange", summary = "The visitor withdraws (WITHDRAWN)",
            description = "By the visitor's EDITORs and ADMINs, from DRAFT up to AGREED; frees the host's place.")
    @APIResponse(responseCode = "200", description = "WITHDRAWN", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "409", description = "COMPLETED or ended already")
    public ExchangeView withdraw(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return views.of(withdraw.withdraw(id, request.reason()));
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelExchange", summary = "Cancel an exchange on the way (CANCELLED)",
            description = "By the programme's managers or the visitor's cluster managers from SUBMITTED up to AGREED, "
                    + "or by the host's people once they accepted; frees the host's place.")
    @APIResponse(responseCode = "200", description = "CANCELLED", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "409", description = "A DRAFT, COMPLETED or ended already")
    public ExchangeView cancel(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return views.of(cancel.cancel(id, request.reason()));
    }
}
