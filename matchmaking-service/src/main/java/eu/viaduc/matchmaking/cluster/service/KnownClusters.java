package eu.viaduc.matchmaking.cluster.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.cluster.model.KnownCluster;

/** The clusters' read model: kept from members-service's cluster events, asked for names. */
@ApplicationScoped
public class KnownClusters {

    private final EntityManager entityManager;

    @Inject
    public KnownClusters(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void changed(UUID id, long version, String name, String acronym, String country, String platform) {
        KnownCluster cluster = entityManager.find(KnownCluster.class, id);
        if (cluster == null) {
            cluster = new KnownCluster(id);
            cluster.apply(version, name, acronym, country, platform);
            entityManager.persist(cluster);
        } else {
            cluster.apply(version, name, acronym, country, platform);
        }
    }

    /** A partner platform withdrew its cluster. */
    public void withdrawn(UUID id) {
        KnownCluster cluster = entityManager.find(KnownCluster.class, id);
        if (cluster != null) {
            entityManager.remove(cluster);
        }
    }

    /** The names of those of these clusters that are known. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        entityManager.createQuery("select c from KnownCluster c where c.id in :ids", KnownCluster.class)
                .setParameter("ids", ids).getResultStream().forEach(c -> names.put(c.id(), c.name()));
        return names;
    }
}
