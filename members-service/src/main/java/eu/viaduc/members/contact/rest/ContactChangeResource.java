package eu.viaduc.members.contact.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import eu.viaduc.members.contact.model.Contact;
import eu.viaduc.members.contact.model.ContactDetails;
import eu.viaduc.members.contact.service.ContactService;
import eu.viaduc.platform.rest.ETags;

@Path("/api/v1/contacts")
@Tag(name = "Contacts", description = "People of an organisation: personal data, shown only with their consent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactChangeResource {

    private final ContactService contacts;

    @Inject
    public ContactChangeResource(ContactService contacts) {
        this.contacts = contacts;
    }

    @PUT
    @Path("{id}")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "updateContact", summary = "Replace a contact's details and consent",
            description = "Platform admins, or the organisation's EDITORs and ADMINs; If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = "No such contact")
    @APIResponse(responseCode = "412", description = "The contact changed since the ETag sent")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ContactView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContactDetails details) {
        Contact contact = contacts.update(id, details, ifMatch);
        return RestResponse.ResponseBuilder.ok(ContactView.of(contact)).header(HttpHeaders.ETAG, ETags.of(contact.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "eraseContact", summary = "Erase a person (GDPR)",
            description = "Platform admins, or the organisation's EDITORs and ADMINs. Deletes the person for good and "
                    + "publishes contact.erased.v1 so every service forgets them.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "No such contact")
    public void erase(@PathParam("id") UUID id) {
        contacts.erase(id);
    }
}
