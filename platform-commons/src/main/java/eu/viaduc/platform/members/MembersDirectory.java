package eu.viaduc.platform.members;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What a service knows of members-service's organisations, memberships and alliances: a read model
 * written by the consumers of members' topics (inside the inbox's transaction) and read by the
 * service's rules (who may visit, who may read). Every write carries the aggregate's version: an
 * older or repeated event changes nothing. A service turns it on with
 * {@code viaduc.members.read-model=enabled}, the channels {@code members-organisations},
 * {@code members-memberships}, {@code members-alliances} and {@code members-contacts}, and the migration
 * location {@code db/members-read-model} (see the README). Erasures arrive as the CDI events
 * {@link OrganisationErased} and {@link PersonErased}, for each feature to forget what it copied.
 */
@ApplicationScoped
public class MembersDirectory {

    private final EntityManager entityManager;

    @Inject
    public MembersDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void putOrganisation(MemberOrganisation organisation, long version) {
        entityManager.createNativeQuery("""
                insert into member_organisation (id, version, name, type, country, latitude, longitude)
                select :id, :version, :name, :type, :country, :latitude, :longitude
                where not exists (select 1 from gone_organisation where id = :id)
                on conflict (id) do update set version = excluded.version, name = excluded.name, type = excluded.type,
                    country = excluded.country, latitude = excluded.latitude, longitude = excluded.longitude
                where member_organisation.version < excluded.version""")
                .setParameter("id", organisation.id()).setParameter("version", version)
                .setParameter("name", organisation.name()).setParameter("type", organisation.type())
                .setParameter("country", organisation.country())
                .setParameter("latitude", organisation.latitude()).setParameter("longitude", organisation.longitude())
                .executeUpdate();
    }

    /** The organisation left the map (deleted or erased): it is forgotten and cannot come back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetOrganisation(UUID id) {
        entityManager.createNativeQuery("delete from member_organisation where id = :id").setParameter("id", id)
                .executeUpdate();
        entityManager.createNativeQuery("insert into gone_organisation (id, gone_at) values (:id, now()) on conflict do nothing")
                .setParameter("id", id).executeUpdate();
    }

    /** Applies the membership unless a newer version is known; whether it changed anything. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean putMembership(UUID id, UUID organisationId, UUID clusterId, String status, long version) {
        return entityManager.createNativeQuery("""
                insert into member_membership (id, organisation_id, cluster_id, status, version)
                values (:id, :organisation, :cluster, :status, :version)
                on conflict (id) do update set status = excluded.status, version = excluded.version
                where member_membership.version < excluded.version""")
                .setParameter("id", id).setParameter("organisation", organisationId).setParameter("cluster", clusterId)
                .setParameter("status", status).setParameter("version", version).executeUpdate() > 0;
    }

    /** Applies the alliance unless a newer version is known; whether it changed anything. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean putAlliance(UUID id, String name, LocalDate programmeStart, LocalDate programmeEnd,
            Collection<UUID> clusters, long version) {
        int changed = entityManager.createNativeQuery("""
                insert into member_alliance (id, version, name, programme_start, programme_end)
                values (:id, :version, :name, :start, :end)
                on conflict (id) do update set version = excluded.version, name = excluded.name,
                    programme_start = excluded.programme_start, programme_end = excluded.programme_end
                where member_alliance.version < excluded.version""")
                .setParameter("id", id).setParameter("version", version).setParameter("name", name)
                .setParameter("start", Date.valueOf(programmeStart)).setParameter("end", Date.valueOf(programmeEnd))
                .executeUpdate();
        if (changed == 0) {
            return false;
        }
        entityManager.createNativeQuery("delete from member_alliance_cluster where alliance_id = :id")
                .setParameter("id", id).executeUpdate();
        for (UUID cluster : clusters) {
            entityManager.createNativeQuery("insert into member_alliance_cluster (alliance_id, cluster_id) values (:id, :cluster)")
                    .setParameter("id", id).setParameter("cluster", cluster).executeUpdate();
        }
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MemberOrganisation> organisation(UUID id) {
        List<?> rows = entityManager.createNativeQuery("""
                select id, name, type, country, latitude, longitude from member_organisation where id = :id""")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new MemberOrganisation((UUID) columns[0], (String) columns[1], (String) columns[2],
                    (String) columns[3], (Double) columns[4], (Double) columns[5]);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean allianceExists(UUID allianceId) {
        return !entityManager.createNativeQuery("select 1 from member_alliance where id = :id")
                .setParameter("id", allianceId).getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> clustersOf(UUID allianceId) {
        return entityManager.createNativeQuery("select cluster_id from member_alliance_cluster where alliance_id = :id",
                UUID.class).setParameter("id", allianceId).getResultList();
    }

    /** The clusters of which the organisation is an ACTIVE member. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> activeClustersOf(UUID organisationId) {
        return entityManager.createNativeQuery(
                "select cluster_id from member_membership where organisation_id = :organisation and status = 'ACTIVE'",
                UUID.class).setParameter("organisation", organisationId).getResultList();
    }

    /** The organisations that are ACTIVE members of any of these clusters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> activeMembersOf(Collection<UUID> clusters) {
        if (clusters.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery(
                "select distinct organisation_id from member_membership where cluster_id in (:clusters) and status = 'ACTIVE'",
                UUID.class).setParameter("clusters", clusters).getResultList();
    }

    /** The alliances that hold any of these clusters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> alliancesOf(Collection<UUID> clusters) {
        if (clusters.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery(
                "select distinct alliance_id from member_alliance_cluster where cluster_id in (:clusters)", UUID.class)
                .setParameter("clusters", clusters).getResultList();
    }

    /** The clusters of the alliance of which the organisation is an ACTIVE member. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> activeClustersInAlliance(UUID organisationId, UUID allianceId) {
        return entityManager.createNativeQuery("""
                select m.cluster_id from member_membership m
                join member_alliance_cluster a on a.cluster_id = m.cluster_id and a.alliance_id = :alliance
                where m.organisation_id = :organisation and m.status = 'ACTIVE'""", UUID.class)
                .setParameter("alliance", allianceId).setParameter("organisation", organisationId).getResultList();
    }


}
