package eu.viaduc.members.affiliation.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.members.affiliation.model.Affiliation;
import eu.viaduc.members.affiliation.model.Person;
import eu.viaduc.members.alliance.service.AllianceFormed;
import eu.viaduc.members.organisation.service.OrganisationErasure;
import eu.viaduc.members.organisation.service.OrganisationRegistered;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.AffiliationScope;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * The people of an organisation and the managers of a cluster or alliance: listed to those who
 * manage them, changed or removed by them; anyone may leave, except an organisation's last ADMIN.
 */
@ApplicationScoped
public class PeopleService {

    private final AffiliationTargets targets;
    private final Roster roster;
    private final InvitationService invitations;
    private final JoinRequestService joinRequests;
    private final Caller caller;

    @Inject
    public PeopleService(AffiliationTargets targets, Roster roster, InvitationService invitations,
            JoinRequestService joinRequests, Caller caller) {
        this.targets = targets;
        this.roster = roster;
        this.invitations = invitations;
        this.joinRequests = joinRequests;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Affiliation> list(AffiliationScope scope, UUID target) {
        targets.requireManagedByCaller(scope, target);
        return roster.list(target);
    }

    @Transactional
    public Affiliation changeRole(UUID organisation, String subject, OrganisationRole role) {
        targets.requireManagedByCaller(AffiliationScope.ORGANISATION, organisation);
        roster.changeRole(organisation, subject, role);
        return roster.find(organisation, subject).orElseThrow();
    }

    /** Those who manage the target remove anyone; a person removes themselves (leaves). */
    @Transactional
    public void remove(AffiliationScope scope, UUID target, String subject) {
        targets.name(scope, target);
        if (!subject.equals(caller.id()) && !targets.mayManage(scope, target)) {
            throw ProblemException.forbidden("only those who manage its people remove someone else");
        }
        roster.remove(scope, target, subject);
    }

    /** The person who registers an organisation becomes its first ADMIN. */
    void onRegistration(@Observes OrganisationRegistered registered) {
        roster.add(AffiliationScope.ORGANISATION, registered.organisationId(), Person.of(caller),
                OrganisationRole.ADMIN.name());
    }

    /** A manager who forms an alliance manages it. */
    void onAllianceFormed(@Observes AllianceFormed formed) {
        roster.add(AffiliationScope.ALLIANCE, formed.allianceId(), Person.of(caller), Affiliation.MANAGER);
    }

    /** The organisation is erased: nobody acts for it, and what was kept about people joining it goes. */
    void onErasure(@Observes OrganisationErasure erasure) {
        roster.clear(AffiliationScope.ORGANISATION, erasure.organisationId());
        invitations.forget(erasure.organisationId());
        joinRequests.forget(erasure.organisationId());
    }
}
