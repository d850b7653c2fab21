package eu.viaduc.platform.members;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

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

    /**
     * Applies these organisations, each unless a newer version is known or it is gone; one statement
     * for all of them (an import brings tens of thousands).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void putOrganisations(List<Versioned<MemberOrganisation>> organisations) {
        List<Versioned<MemberOrganisation>> latest = Versioned.latestOf(organisations, MemberOrganisation::id);
        UUID[] ids = latest.stream().map(one -> one.value().id()).toArray(UUID[]::new);
        Long[] versions = latest.stream().map(Versioned::version).toArray(Long[]::new);
        String[] names = latest.stream().map(one -> one.value().name()).toArray(String[]::new);
        String[] types = latest.stream().map(one -> one.value().type()).toArray(String[]::new);
        String[] countries = latest.stream().map(one -> one.value().country()).toArray(String[]::new);
        Double[] latitudes = latest.stream().map(one -> one.value().latitude()).toArray(Double[]::new);
        Double[] longitudes = latest.stream().map(one -> one.value().longitude()).toArray(Double[]::new);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into member_organisation (id, version, name, type, country, latitude, longitude)
                    select * from unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[])
                        as given (id, version, name, type, country, latitude, longitude)
                    where not exists (select 1 from gone_organisation g where g.id = given.id)
                    on conflict (id) do update set version = excluded.version, name = excluded.name, type = excluded.type,
                        country = excluded.country, latitude = excluded.latitude, longitude = excluded.longitude
                    where member_organisation.version < excluded.version""")) {
                upsert.setArray(1, connection.createArrayOf("uuid", ids));
                upsert.setArray(2, connection.createArrayOf("bigint", versions));
                upsert.setArray(3, connection.createArrayOf("text", names));
                upsert.setArray(4, connection.createArrayOf("text", types));
                upsert.setArray(5, connection.createArrayOf("text", countries));
                upsert.setArray(6, connection.createArrayOf("float8", latitudes));
                upsert.setArray(7, connection.createArrayOf("float8", longitudes));
                upsert.executeUpdate();
            }
        });
    }

    /** The organisation left the map (deleted or erased): it is forgotten and cannot come back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetOrganisation(UUID id) {
        entityManager.createNativeQuery("delete from member_organisation where id = :id").setParameter("id", id)
                .executeUpdate();
        entityManager.createNativeQuery("insert into gone_organisation (id, gone_at) values (:id, now()) on conflict do nothing")
                .setParameter("id", id).executeUpdate();
    }

    /**
     * Applies these memberships, each unless a newer version is known; one statement for all of them.
     * Returns the organisations whose memberships changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> putMemberships(List<Versioned<MemberMembership>> memberships) {
        List<Versioned<MemberMembership>> latest = Versioned.latestOf(memberships, MemberMembership::id);
        UUID[] ids = latest.stream().map(one -> one.value().id()).toArray(UUID[]::new);
        UUID[] organisations = latest.stream().map(one -> one.value().organisationId()).toArray(UUID[]::new);
        UUID[] clusters = latest.stream().map(one -> one.value().clusterId()).toArray(UUID[]::new);
        String[] statuses = latest.stream().map(one -> one.value().status()).toArray(String[]::new);
        Long[] versions = latest.stream().map(Versioned::version).toArray(Long[]::new);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into member_membership (id, organisation_id, cluster_id, status, version)
                    select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::bigint[])
                    on conflict (id) do update set status = excluded.status, version = excluded.version
                    where member_membership.version < excluded.version
                    returning organisation_id""")) {
                upsert.setArray(1, connection.createArrayOf("uuid", ids));
                upsert.setArray(2, connection.createArrayOf("uuid", organisations));
                upsert.setArray(3, connection.createArrayOf("uuid", clusters));
                upsert.setArray(4, connection.createArrayOf("text", statuses));
                upsert.setArray(5, connection.createArrayOf("bigint", versions));
                Set<UUID> changed = new HashSet<>();
                try (ResultSet rows = upsert.executeQuery()) {
                    while (rows.next()) {
                        changed.add(rows.getObject(1, UUID.class));
                    }
                }
                return changed;
            }
        });
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
