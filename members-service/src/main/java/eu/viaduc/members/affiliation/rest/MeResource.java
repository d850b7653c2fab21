package eu.viaduc.members.affiliation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.members.affiliation.service.MeService;

@Path("/api/v1/me")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class MeResource {

    private final MeService me;

    @Inject
    public MeResource(MeService me) {
        this.me = me;
    }

    @GET
    @Operation(operationId = "getMe", summary = "Who am I, and what do I act for",
            description = "The signed-in person's organisations (with their role), the clusters and alliances they "
                    + "manage, invitations waiting for them and their pending join requests: what an app builds its "
                    + "menus from. Partner apps get 403: they are not people.")
    @APIResponse(responseCode = "200", description = "The person",
            content = @Content(schema = @Schema(implementation = MeView.class)))
    public MeView get() {
        return MeView.of(me.me());
    }

    @DELETE
    @Operation(operationId = "forgetMe", summary = "Leave everything and forget me",
            description = "Erasure on the person's request: they stop acting for every organisation and managing "
                    + "every cluster and alliance (each list publishes its change), and their join requests and the "
                    + "invitations sent to their e-mail address are deleted. Their account itself lives in the identity "
                    + "provider (Keycloak's account console deletes it).")
    @APIResponse(responseCode = "204", description = "Forgotten")
    @APIResponse(responseCode = "409", description = "The person is the last ADMIN of an organisation: appoint another first")
    public void forget() {
        me.forgetMe();
    }
}
