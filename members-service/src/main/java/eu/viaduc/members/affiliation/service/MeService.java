package eu.viaduc.members.affiliation.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.members.affiliation.events.PersonErasureEvents;
import eu.viaduc.members.affiliation.model.Affiliation;
import eu.viaduc.members.affiliation.model.Invitation;
import eu.viaduc.members.affiliation.model.JoinRequest;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/** What the signed-in person is affiliated to and what waits for them: what an app builds its menus from. */
@ApplicationScoped
public class MeService {

    private final Roster roster;
    private final AffiliationTargets targets;
    private final InvitationService invitations;
    private final JoinRequestService joinRequests;
    private final PersonErasureEvents erasures;
    private final Caller caller;

    @Inject
    public MeService(Roster roster, AffiliationTargets targets, InvitationService invitations,
            JoinRequestService joinRequests, PersonErasureEvents erasures, Caller caller) {
        this.roster = roster;
        this.targets = targets;
        this.invitations = invitations;
        this.joinRequests = joinRequests;
        this.erasures = erasures;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Me me() {
        if (!caller.isPerson()) {
            throw ProblemException.forbidden("a partner app has no affiliations; sign in as a person");
        }
        List<Named<Affiliation>> affiliations = roster.of(caller.id()).stream()
                .map(affiliation -> new Named<>(affiliation, name(affiliation.scope(), affiliation.targetId())))
                .toList();
        List<Named<Invitation>> invited = invitations.forCaller().stream()
                .map(invitation -> new Named<>(invitation, name(invitation.scope(), invitation.targetId()))).toList();
        return new Me(caller.id(), caller.displayName(), caller.email().orElse(null), caller.isPlatformAdmin(),
                affiliations, invited, joinRequests.forCaller());
    }

    /**
     * Erasure on the person's request: they leave every organisation, cluster and alliance (each list
     * publishes its change), and their join requests and the invitations sent to their address go.
     * The last ADMIN of an organisation must appoint another first (409): an organisation keeps one.
     * person.erased.v1 tells the other services to forget what they copied of the person.
     */
    @Transactional
    public void forgetMe() {
        if (!caller.isPerson()) {
            throw ProblemException.forbidden("a partner app has no personal data here");
        }
        for (Affiliation affiliation : roster.of(caller.id())) {
            roster.remove(affiliation.scope(), affiliation.targetId(), caller.id());
        }
        joinRequests.forgetPerson(caller.id());
        caller.email().ifPresent(invitations::forgetAddress);
        erasures.erased(caller.id(), java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
    }

    /** A deleted organisation keeps its people until erased, but has no name to show. */
    private String name(eu.viaduc.platform.security.AffiliationScope scope, java.util.UUID target) {
        try {
            return targets.name(scope, target);
        } catch (ProblemException gone) {
            return null;
        }
    }

    public record Named<T>(T item, String targetName) {
    }

    public record Me(String subject, String name, String email, boolean platformAdmin,
            List<Named<Affiliation>> affiliations, List<Named<Invitation>> invitations, List<JoinRequest> joinRequests) {
    }
}
