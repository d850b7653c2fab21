package eu.viaduc.members.affiliation.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.affiliation.model.Affiliation;
import eu.viaduc.members.affiliation.service.MeService.Me;
import eu.viaduc.members.affiliation.service.MeService.Named;
import eu.viaduc.platform.security.AffiliationScope;

/** The signed-in person, what they act for and what waits for them. */
@Schema(name = "Me", examples = """
        {"subject": "5f0c3a9e-2b7d-4c1e-8f6a-9d2e4b7c1a30", "name": "Marta Puig", "email": "marta@example.com",
         "platformAdmin": false,
         "organisations": [{"id": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10", "name": "Teixits Puig SL", "role": "ADMIN"}],
         "clusters": [], "alliances": [],
         "invitations": [{"id": "9b2f6c1e-3d4a-4b5c-8d7e-6f1a2b3c4d5e", "scope": "CLUSTER",
           "targetId": "c1a50000-0000-4000-8000-000000000001", "targetName": "Modacc", "role": "MANAGER",
           "expiresAt": "2026-12-07T10:00:00Z"}],
         "joinRequests": []}""")
public record MeView(
        @Schema(required = true, description = "The person's id (token subject)") String subject,
        @Schema(required = true) String name,
        @Schema(nullable = true) String email,
        @Schema(required = true) boolean platformAdmin,
        @Schema(required = true, description = "Organisations the person acts for, with their role") List<Target> organisations,
        @Schema(required = true, description = "Clusters the person manages") List<Target> clusters,
        @Schema(required = true, description = "Alliances the person manages") List<Target> alliances,
        @Schema(required = true, description = "Pending, unexpired invitations sent to the person's e-mail address; "
                + "the code came with the invitation") List<PendingInvitation> invitations,
        @Schema(required = true, description = "The person's pending requests to join organisations") List<JoinRequestView> joinRequests) {

    @Schema(name = "AffiliationTarget", examples = """
            {"id": "c1a50000-0000-4000-8000-000000000001", "name": "Modacc", "role": "MANAGER"}""")
    public record Target(@Schema(required = true) UUID id, @Schema(nullable = true, description = "Null once deleted") String name,
            @Schema(required = true, enumeration = { "ADMIN", "EDITOR", "MANAGER" }) String role) {
    }

    @Schema(name = "PendingInvitation", examples = """
            {"id": "9b2f6c1e-3d4a-4b5c-8d7e-6f1a2b3c4d5e", "scope": "CLUSTER",
             "targetId": "c1a50000-0000-4000-8000-000000000001", "targetName": "Modacc", "role": "MANAGER",
             "expiresAt": "2026-12-07T10:00:00Z"}""")
    public record PendingInvitation(@Schema(required = true) UUID id, @Schema(required = true) AffiliationScope scope,
            @Schema(required = true) UUID targetId, @Schema(nullable = true) String targetName,
            @Schema(required = true) String role, @Schema(required = true) OffsetDateTime expiresAt) {
    }

    static MeView of(Me me) {
        return new MeView(me.subject(), me.name(), me.email(), me.platformAdmin(),
                targets(me, AffiliationScope.ORGANISATION), targets(me, AffiliationScope.CLUSTER),
                targets(me, AffiliationScope.ALLIANCE),
                me.invitations().stream().map(named -> new PendingInvitation(named.item().id(), named.item().scope(),
                        named.item().targetId(), named.targetName(), named.item().role(), named.item().expiresAt())).toList(),
                me.joinRequests().stream().map(JoinRequestView::of).toList());
    }

    private static List<Target> targets(Me me, AffiliationScope scope) {
        return me.affiliations().stream().filter(named -> named.item().scope() == scope)
                .map((Named<Affiliation> named) -> new Target(named.item().targetId(), named.targetName(), named.item().role()))
                .toList();
    }
}
