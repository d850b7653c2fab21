package eu.viaduc.members.affiliation.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.members.alliance.service.AllianceService;
import eu.viaduc.members.cluster.service.ClusterService;
import eu.viaduc.members.organisation.service.OrganisationService;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.AffiliationScope;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * What people can be affiliated to, and who may decide on its people: an organisation's ADMINs, a
 * cluster's or alliance's managers, and platform admins for all of them.
 */
@ApplicationScoped
public class AffiliationTargets {

    private final OrganisationService organisations;
    private final ClusterService clusters;
    private final AllianceService alliances;
    private final Caller caller;

    @Inject
    public AffiliationTargets(OrganisationService organisations, ClusterService clusters, AllianceService alliances,
            Caller caller) {
        this.organisations = organisations;
        this.clusters = clusters;
        this.alliances = alliances;
        this.caller = caller;
    }

    /** The target's name; 404 when there is no such organisation, cluster or alliance. */
    public String name(AffiliationScope scope, UUID target) {
        return switch (scope) {
            case ORGANISATION -> organisations.get(target).name();
            case CLUSTER -> clusters.get(target).profile().name();
            case ALLIANCE -> alliances.get(target).name();
        };
    }

    /** 404 for a missing target, then 403 unless the caller decides on its people. */
    public void requireManagedByCaller(AffiliationScope scope, UUID target) {
        name(scope, target);
        if (!mayManage(scope, target)) {
            throw ProblemException.forbidden(switch (scope) {
                case ORGANISATION -> "only the organisation's ADMINs and platform admins manage its people";
                case CLUSTER -> "only the cluster's managers and platform admins appoint its managers";
                case ALLIANCE -> "only the alliance's managers and platform admins appoint its managers";
            });
        }
    }

    /** 409 for a partner platform's cluster: its managers are appointed on that platform. */
    public void requireManagedHere(AffiliationScope scope, UUID target) {
        if (scope == AffiliationScope.CLUSTER) {
            clusters.managedHere(target);
        }
    }

    public boolean mayManage(AffiliationScope scope, UUID target) {
        return switch (scope) {
            case ORGANISATION -> caller.mayActFor(target, OrganisationRole.ADMIN);
            case CLUSTER -> caller.mayManageCluster(target);
            case ALLIANCE -> caller.mayManageAlliance(target);
        };
    }
}
