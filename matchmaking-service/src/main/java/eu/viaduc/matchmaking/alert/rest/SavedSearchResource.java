package eu.viaduc.matchmaking.alert.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.matchmaking.alert.model.SavedSearch;
import eu.viaduc.matchmaking.alert.rest.AlertViews.AlertView;
import eu.viaduc.matchmaking.alert.rest.AlertViews.SavedSearchView;
import eu.viaduc.matchmaking.alert.rest.AlertViews.SettingsRequest;
import eu.viaduc.matchmaking.alert.rest.AlertViews.SettingsView;
import eu.viaduc.matchmaking.alert.service.ChangeAlertSettings;
import eu.viaduc.matchmaking.alert.service.SaveSearch;
import eu.viaduc.matchmaking.alert.service.SavedSearches;
import eu.viaduc.matchmaking.ranking.model.Sentences;
import eu.viaduc.platform.rest.Page;

@Path("/api/v1")
@Tag(name = "Alerts", description = "Saved searches, followed types and sectors, and the alerts they raise by e-mail and event")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class SavedSearchResource {

    private static final String HOW = " Each opportunity published or renewed that matches reaches the person once, by e-mail "
            + "(to the address of their token, in their language) and as alert.raised.v1. An URGENT_NEED reaches at once "
            + "every person acting for an organisation that offers one of its competences and has asked for alerts.";

    private final SaveSearch save;
    private final SavedSearches searches;
    private final ChangeAlertSettings settings;

    @Context
    HttpHeaders headers;

    @Inject
    public SavedSearchResource(SaveSearch save, SavedSearches searches, ChangeAlertSettings settings) {
        this.save = save;
        this.searches = searches;
        this.settings = settings;
    }

    @POST
    @Path("saved-searches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveSearch", summary = "Save a search of opportunities, or follow types and sectors", description =
            "People only; at most 50 each." + HOW)
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = SavedSearchView.class)))
    @APIResponse(responseCode = "400", description = "An unknown competence, sector or country; the problem names the field")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner app: it follows the events instead")
    @APIResponse(responseCode = "409", description = "No e-mail address in the account, or 50 saved already")
    public Response save(@Valid @NotNull SavedSearchRequest request) {
        SavedSearch saved = save.save(request.criteria(), language());
        return Response.created(URI.create("/api/v1/saved-searches/" + saved.id())).entity(SavedSearchView.of(saved)).build();
    }

    @GET
    @Path("saved-searches")
    @Operation(operationId = "listSavedSearches", summary = "The caller's saved searches",
            description = "The signed-in caller's own saved searches, newest first.")
    @APIResponse(responseCode = "200", description = "Oldest first")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<SavedSearchView> mine() {
        return searches.mine().stream().map(SavedSearchView::of).toList();
    }

    @DELETE
    @Path("saved-searches/{id}")
    @Operation(operationId = "deleteSavedSearch", summary = "Stop a saved search",
            description = "The signed-in caller's own saved search; its past alerts stay.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such saved search of the caller's")
    public void delete(@PathParam("id") UUID id) {
        searches.delete(id);
    }

    @GET
    @Path("alerts")
    @Operation(operationId = "listAlerts", summary = "The opportunities and meetings the caller was alerted of, newest first",
            description = "Meeting alerts reach the people an organisation sends to a matchmaking event: a request received, "
                    + "a meeting scheduled, moved or no longer scheduled.")
    @APIResponse(responseCode = "200", description = "One page of alerts")
    @APIResponse(responseCode = "400", description = "A paging parameter out of bounds")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<AlertView> alerts(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(1000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return searches.alerts(page, size).stream().map(AlertView::of).toList();
    }

    @PUT
    @Path("alert-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAlertSettings", summary = "Whether urgent needs for your organisations' competences reach you",
            description = "People only. Also records the address (from the token) and language (Accept-Language) of the e-mails.")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "400", description = "urgentNeeds missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner app")
    @APIResponse(responseCode = "409", description = "No e-mail address in the account")
    public SettingsView change(@Valid @NotNull SettingsRequest request) {
        return SettingsView.of(settings.change(request.urgentNeeds(), language()));
    }

    private String language() {
        return Sentences.language(headers.getAcceptableLanguages());
    }
}
