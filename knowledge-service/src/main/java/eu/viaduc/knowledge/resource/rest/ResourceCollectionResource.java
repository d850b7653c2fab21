package eu.viaduc.knowledge.resource.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import eu.viaduc.knowledge.resource.model.Resource;
import eu.viaduc.knowledge.resource.service.ReadResource;
import eu.viaduc.knowledge.resource.service.ReviewResource;
import eu.viaduc.knowledge.resource.service.WriteResource;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/** Creating and searching resources: the collection. */
@Path("/api/v1/resources")
@Tag(name = "Resources")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class ResourceCollectionResource {

    private static final String LANGUAGE = "en|fr|nl|es|bg|ro|da";

    @Inject
    WriteResource write;
    @Inject
    ReadResource read;
    @Inject
    eu.viaduc.knowledge.search.ResourceSearch search;
    @Inject
    Idempotency idempotency;
    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createResource", summary = "Write a resource (DRAFT)",
            description = "By an EDITOR or ADMIN of the author organisation. The body is Markdown; it is also served as "
                    + "sanitised HTML (scripts, iframes and event handlers removed).")
    @APIResponse(responseCode = "201", description = "DRAFT", content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (an unknown language, an oversize text); the problem names it")
    @APIResponse(responseCode = "403", description = "Not an EDITOR or ADMIN of the organisation")
    public RestResponse<Object> create(@Valid @NotNull ResourceRequest request,
            @Parameter(description = "Makes a retried request safe") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context HttpHeaders headers) {
        return idempotency.create(idempotencyKey, "createResource:" + caller.id(), request, () -> {
            Resource resource = write.create(request);
            ResourceView view = read.read(resource.id(), 1, null, headers.getAcceptableLanguages());
            return Created.of(URI.create("/api/v1/resources/" + resource.id()), view, null);
        }).toResponse();
    }

    @GET
    @PermitAll
    @Operation(operationId = "searchResources", summary = "Search published resources",
            description = "Full text over all of a resource's texts, each stemmed in its own language (exact words "
                    + "in Bulgarian), with filters, paging and facets counted over what matches. Only what the caller "
                    + "may see: PUBLIC ones without a token. Each hit is shown in the language parameter's or "
                    + "Accept-Language's language when the resource has it, else in its original language.")
    @APIResponse(responseCode = "200", description = "One page of hits with facets")
    @APIResponse(responseCode = "400", description = "A filter is wrong; the problem names it")
    public eu.viaduc.knowledge.search.ResourceSearch.Result search(
            @QueryParam("q") @jakarta.validation.constraints.Size(max = 200) String text,
            @Parameter(description = "Only resources available in this language") @QueryParam("language")
            @Pattern(regexp = LANGUAGE, message = "must be one of en, fr, nl, es, bg, ro, da") String language,
            @QueryParam("type") @Pattern(regexp = "BEST_PRACTICE|CASE_STUDY|GUIDE|TRAINING_MATERIAL|TREND_ANALYSIS|ROADMAP|EVENT_REPORT",
                    message = "must be a resource type such as GUIDE") String type,
            @Parameter(description = "A NACE code the resource is filed under") @QueryParam("sector")
            @Pattern(regexp = "([A-V]|[A-V]?[0-9]{2}(\\.[0-9]{1,2})?)", message = "must be a NACE code such as C13") String sector,
            @QueryParam("valueChain") @jakarta.validation.constraints.Size(max = 100) String valueChain,
            @QueryParam("tag") @jakarta.validation.constraints.Size(max = 50) String tag,
            @QueryParam("page") @jakarta.ws.rs.DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @jakarta.ws.rs.DefaultValue("20") @Min(1) @Max(100) int size,
            @Context HttpHeaders headers) {
        String preferred = language != null ? language
                : eu.viaduc.knowledge.language.Languages.preferenceOrder(headers.getAcceptableLanguages(), null).get(0);
        return search.search(new eu.viaduc.knowledge.search.ResourceSearch.Criteria(
                text == null || text.isBlank() ? null : text.strip(), language, preferred, type, sector, valueChain,
                tag, page, size));
    }
}
