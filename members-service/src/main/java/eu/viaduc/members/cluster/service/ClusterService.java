package eu.viaduc.members.cluster.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.members.cluster.events.ClusterEvents;
import eu.viaduc.members.cluster.model.Cluster;
import eu.viaduc.members.cluster.model.ClusterProfile;
import eu.viaduc.taxonomy.NaceCodes;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.rest.ETags;
import eu.viaduc.platform.rest.Page;
import eu.viaduc.platform.security.Caller;

/** Registers, updates and finds clusters; who may change a cluster is decided here. */
@ApplicationScoped
public class ClusterService {

    private final EntityManager entityManager;
    private final ClusterEvents events;
    private final Caller caller;

    @Inject
    public ClusterService(EntityManager entityManager, ClusterEvents events, Caller caller) {
        this.entityManager = entityManager;
        this.events = events;
        this.caller = caller;
    }

    /** Platform admins register clusters: a cluster profile is checked before it is published. */
    @Transactional
    public Cluster register(ClusterProfile profile) {
        if (!caller.isPlatformAdmin()) {
            throw ProblemException.forbidden("only platform admins register clusters");
        }
        Cluster cluster = Cluster.register(profile);
        entityManager.persist(cluster);
        events.registered(cluster);
        return cluster;
    }

    /** A platform admin, or a manager of this very cluster, replaces its profile. */
    @Transactional
    public Cluster update(UUID id, ClusterProfile profile, String ifMatch) {
        Cluster cluster = get(id);
        cluster.requireManagedHere();
        if (!caller.mayManageCluster(id)) {
            throw ProblemException.forbidden("only platform admins and this cluster's managers change it");
        }
        ETags.requireMatch(ifMatch, cluster.version());
        cluster.update(profile);
        // flushed first, so the event carries the version the update produced
        entityManager.flush();
        events.updated(cluster);
        return cluster;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Cluster get(UUID id) {
        Cluster cluster = entityManager.find(Cluster.class, id);
        if (cluster == null) {
            throw ProblemException.notFound("cluster", id);
        }
        return cluster;
    }

    /** The cluster, if it is managed here: 404 if there is none, 409 for a partner platform's cluster. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cluster managedHere(UUID id) {
        Cluster cluster = get(id);
        cluster.requireManagedHere();
        return cluster;
    }

    /** Clusters matching every given filter, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Cluster> find(ClusterFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.country() != null) {
            where.append(" and country = :country");
        }
        if (filter.nutsRegion() != null) {
            where.append(" and nuts_region like :nuts");
        }
        if (filter.valueChain() != null) {
            where.append(" and value_chains @> array[cast(:valueChain as text)]");
        }
        if (filter.nace() != null) {
            where.append(" and exists (select 1 from unnest(nace_codes) code where code like :nace)");
        }
        if (filter.label() != null) {
            where.append(" and label_level = :label and label_valid_until >= current_date");
        }
        var select = entityManager.createNativeQuery("select * from cluster" + where
                + " order by name, id limit :limit offset :offset", Cluster.class);
        var count = entityManager.createNativeQuery("select count(*) from cluster" + where, Long.class);
        for (var query : List.of(select, count)) {
            if (filter.country() != null) {
                query.setParameter("country", filter.country());
            }
            if (filter.nutsRegion() != null) {
                query.setParameter("nuts", filter.nutsRegion() + "%");
            }
            if (filter.valueChain() != null) {
                query.setParameter("valueChain", filter.valueChain());
            }
            if (filter.nace() != null) {
                query.setParameter("nace", NaceCodes.asPrefix(filter.nace()) + "%");
            }
            if (filter.label() != null) {
                query.setParameter("label", filter.label().name());
            }
        }
        select.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Cluster> items = select.getResultList();
        return new Page<>(items, page, size, (Long) count.getSingleResult());
    }
}
