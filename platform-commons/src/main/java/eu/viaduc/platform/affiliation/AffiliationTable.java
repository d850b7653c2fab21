package eu.viaduc.platform.affiliation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.platform.security.AffiliationScope;
import eu.viaduc.platform.security.Affiliations;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * Answers {@link Affiliations} from the service's own {@code affiliation} table: in members-service
 * the table it owns and changes; in every other service the read model that {@link AffiliationReadModel}
 * keeps from members' events. Both have the columns read here.
 */
@ApplicationScoped
public class AffiliationTable implements Affiliations {

    private final EntityManager entityManager;

    @Inject
    public AffiliationTable(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<OrganisationRole> organisationRole(String subject, UUID organisation) {
        return roleOf(subject, AffiliationScope.ORGANISATION, organisation).map(OrganisationRole::valueOf);
    }

    @Override
    public boolean managesCluster(String subject, UUID cluster) {
        return roleOf(subject, AffiliationScope.CLUSTER, cluster).isPresent();
    }

    @Override
    public boolean managesAlliance(String subject, UUID alliance) {
        return roleOf(subject, AffiliationScope.ALLIANCE, alliance).isPresent();
    }

    @Override
    public List<UUID> managedClusters(String subject) {
        @SuppressWarnings("unchecked")
        List<UUID> clusters = entityManager.createNativeQuery(
                "select target_id from affiliation where subject = ?1 and scope = ?2 order by target_id", UUID.class)
                .setParameter(1, subject).setParameter(2, AffiliationScope.CLUSTER.name())
                .getResultList();
        return clusters;
    }

    @Override
    public boolean managesAny(String subject) {
        return !entityManager.createNativeQuery("select 1 from affiliation where subject = ?1 and scope <> ?2 limit 1")
                .setParameter(1, subject).setParameter(2, AffiliationScope.ORGANISATION.name()).getResultList().isEmpty();
    }

    @Override
    public boolean isAffiliated(String subject) {
        return !entityManager.createNativeQuery("select 1 from affiliation where subject = ?1 limit 1")
                .setParameter(1, subject).getResultList().isEmpty();
    }

    private Optional<String> roleOf(String subject, AffiliationScope scope, UUID target) {
        @SuppressWarnings("unchecked")
        List<String> roles = entityManager.createNativeQuery(
                "select role from affiliation where subject = ?1 and target_id = ?2 and scope = ?3", String.class)
                .setParameter(1, subject).setParameter(2, target).setParameter(3, scope.name())
                .getResultList();
        return roles.stream().findFirst();
    }
}
