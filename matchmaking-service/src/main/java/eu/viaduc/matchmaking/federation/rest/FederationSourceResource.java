package eu.viaduc.matchmaking.federation.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.matchmaking.federation.model.FederationSource;
import eu.viaduc.matchmaking.federation.service.FederationSources;
import eu.viaduc.platform.federation.FederationDeadLetters;

@Path("/api/v1/federation/sources")
@Tag(name = "Federation", description = "Other EU cluster platforms that send opportunities on viaduc.federation.inbound")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class FederationSourceResource {

    private final FederationSources sources;

    @Inject
    public FederationSourceResource(FederationSources sources) {
        this.sources = sources;
    }

    @Schema(name = "FederationSourceRequest", examples = """
            {"name": "European cluster partner platform", "sourceUri": "https://partners.example.eu/platform",
             "website": "https://partners.example.eu"}""")
    public record SourceRequest(@NotBlank @Size(max = 200) String name,
            @Schema(description = "The CloudEvents source attribute the platform's events carry")
            @NotBlank @Size(max = 500) String sourceUri, @Size(max = 500) String website) {
    }

    @Schema(name = "FederationSource", examples = """
            {"id": "partners-eu", "name": "European cluster partner platform",
             "sourceUri": "https://partners.example.eu/platform", "website": "https://partners.example.eu",
             "registeredAt": "2026-12-01T09:00:00Z", "deadLetterTopic": "viaduc.federation.dead-letter.partners-eu"}""")
    public record SourceView(@Schema(required = true) String id, @Schema(required = true) String name,
            @Schema(required = true) String sourceUri, @Schema(nullable = true) String website, @Schema(required = true) OffsetDateTime registeredAt,
            @Schema(required = true, description = "Where its refused events go, with the reason") String deadLetterTopic) {

        static SourceView of(FederationSource s) {
            return new SourceView(s.id(), s.name(), s.sourceUri(), s.website(), s.registeredAt(),
                    FederationDeadLetters.PREFIX + s.id());
        }
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerFederationSource", summary = "Register a partner platform, or change its registration",
            description = "Platform admins only. Its events on viaduc.federation.inbound are then accepted.")
    @APIResponse(responseCode = "200", description = "Registered")
    @APIResponse(responseCode = "400", description = "A field is wrong, or the source is another platform's; the problem names it")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a platform admin")
    public SourceView register(
            @PathParam("id") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,40}", message = "must be lower-case letters, digits and dashes") String id,
            @Valid @NotNull SourceRequest request) {
        return SourceView.of(sources.register(id, request.name().strip(), request.sourceUri().strip(), request.website()));
    }

    @GET
    @Operation(operationId = "listFederationSources", summary = "The registered partner platforms",
            description = "Signed-in callers. The partner platforms whose events on viaduc.federation.inbound are accepted, with their dead-letter topics.")
    @APIResponse(responseCode = "200", description = "By id")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<SourceView> list() {
        return sources.all().stream().map(SourceView::of).toList();
    }
}
