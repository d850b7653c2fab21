package eu.viaduc.exchange.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.platform.members.MembersDirectory;
import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * Who the caller is to an exchange. The parties are the visitor's and the host's people (EDITOR or
 * ADMIN: platform admins never speak for a party); the visitor's cluster managers validate; the
 * programme's managers are its alliance's managers. Platform admins may do what managers do.
 */
@ApplicationScoped
public class ExchangeParties {

    private final Caller caller;
    private final MembersDirectory directory;

    @Inject
    public ExchangeParties(Caller caller, MembersDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    public boolean actsForVisitor(Exchange exchange) {
        return actsFor(exchange.visitorOrganisationId());
    }

    public boolean actsForHost(Exchange exchange) {
        return actsFor(exchange.hostOrganisationId());
    }

    public boolean actsFor(java.util.UUID organisation) {
        return caller.roleIn(organisation).map(role -> role.includes(OrganisationRole.EDITOR)).orElse(false);
    }

    /** A manager of a cluster of the alliance of which the visitor is an active member, or a platform admin. */
    public boolean managesVisitorCluster(Exchange exchange, Programme programme) {
        return caller.isPlatformAdmin() || directory.activeClustersInAlliance(exchange.visitorOrganisationId(),
                programme.allianceId()).stream().anyMatch(caller::managesCluster);
    }

    public boolean managesProgramme(Programme programme) {
        return caller.mayManageAlliance(programme.allianceId());
    }

    /** The parties and the managers: the only ones who see an exchange, with its visiting person. */
    public boolean maySee(Exchange exchange, Programme programme) {
        return actsForVisitor(exchange) || actsForHost(exchange) || managesProgramme(programme)
                || managesVisitorCluster(exchange, programme);
    }

    public String who() {
        return caller.id();
    }
}
