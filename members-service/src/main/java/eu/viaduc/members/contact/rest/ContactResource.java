package eu.viaduc.members.contact.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import eu.viaduc.members.contact.model.Contact;
import eu.viaduc.members.contact.model.ContactDetails;
import eu.viaduc.members.contact.service.ContactService;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.rest.ETags;
import eu.viaduc.platform.security.Caller;

@Path("/api/v1/organisations/{id}/contacts")
@Tag(name = "Contacts", description = "People of an organisation: personal data, shown only with their consent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {

    private final ContactService contacts;
    private final Idempotency idempotency;
    private final Caller caller;

    @Inject
    public ContactResource(ContactService contacts, Idempotency idempotency, Caller caller) {
        this.contacts = contacts;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listContacts", summary = "The organisation's contacts this caller may see",
            description = "Platform admins, the organisation's people and the managers of a cluster it is an active "
                    + "member of (a membership both sides consented to) see all. Members of the platform (people "
                    + "who act for an organisation or manage a cluster or alliance) see those who consented to "
                    + "members; other signed-in people, anonymous "
                    + "readers and partner apps only those who consented to the public.")
    @APIResponse(responseCode = "200", description = "The visible contacts, by name")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public List<ContactView> list(@PathParam("id") UUID organisationId) {
        return contacts.list(organisationId).stream().map(ContactView::of).toList();
    }

    @POST
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "addContact", summary = "Add a person to the organisation",
            description = "Platform admins, or the organisation's EDITORs and ADMINs. No event carries personal data.")
    @APIResponse(responseCode = "201", description = "Added; Location names the contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public RestResponse<Object> add(@PathParam("id") UUID organisationId, @Valid @NotNull ContactDetails details,
            @Parameter(description = "Makes a retried request safe: the same key and body give the first answer again")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "addContact:" + caller.id() + ":" + organisationId, details, () -> {
            Contact contact = contacts.add(organisationId, details);
            return Created.of(ContactService.location(contact.id()), ContactView.of(contact), ETags.of(contact.version()));
        }).toResponse();
    }
}
