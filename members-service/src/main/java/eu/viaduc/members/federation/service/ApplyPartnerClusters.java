package eu.viaduc.members.federation.service;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import eu.viaduc.members.cluster.events.ClusterEvents;
import eu.viaduc.members.cluster.model.Cluster;
import eu.viaduc.members.cluster.model.ClusterProfile;
import eu.viaduc.members.cluster.model.Provenance;
import eu.viaduc.members.federation.model.PartnerPlatform;
import eu.viaduc.platform.events.InvalidEventException;
import eu.viaduc.platform.problem.ProblemException;

/**
 * What a registered partner platform sends of its clusters: a profile published (new, or its latest
 * version) or withdrawn. The profile is checked by the same rules as one registered here, and shown on
 * the map with its provenance. Only the platform that sent a cluster can change or withdraw it: the
 * cluster's id here follows from the platform and its own id.
 */
@ApplicationScoped
public class ApplyPartnerClusters {

    /** Data of eu.viaduc.federation.cluster.published.v1 (see its JSON Schema). */
    public record Published(String originalId, String originalUrl, ClusterProfile profile) {
    }

    /** Data of eu.viaduc.federation.cluster.withdrawn.v1. */
    public record Withdrawn(String originalId, String reason) {
    }

    private final EntityManager entityManager;
    private final ClusterEvents events;

    @Inject
    public ApplyPartnerClusters(EntityManager entityManager, ClusterEvents events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /** This service's id of the platform's cluster {@code originalId}: no other platform can reach it. */
    public static UUID clusterId(String platform, String originalId) {
        return UUID.nameUUIDFromBytes(("viaduc-federation-cluster:" + platform + ":" + originalId).getBytes(StandardCharsets.UTF_8));
    }

    public void published(PartnerPlatform platform, Published sent) {
        Provenance provenance = new Provenance(platform.id(), platform.name(), sent.originalId(), sent.originalUrl());
        UUID id = clusterId(platform.id(), sent.originalId());
        Cluster known = entityManager.find(Cluster.class, id, LockModeType.PESSIMISTIC_WRITE);
        try {
            if (known == null) {
                Cluster cluster = Cluster.fromPartner(id, sent.profile(), provenance);
                entityManager.persist(cluster);
                events.registered(cluster);
                return;
            }
            known.revise(sent.profile(), provenance);
        } catch (ProblemException e) {
            String fields = e.violations().stream().map(v -> "profile." + v.field() + ": " + v.message())
                    .collect(Collectors.joining("; "));
            throw new InvalidEventException("cluster '" + sent.originalId() + "' refused: " + (fields.isEmpty() ? e.getMessage() : fields));
        }
        entityManager.flush(); // the event carries the version the revision produced
        events.updated(known);
    }

    public void withdrawn(PartnerPlatform platform, Withdrawn sent) {
        Cluster known = entityManager.find(Cluster.class, clusterId(platform.id(), sent.originalId()), LockModeType.PESSIMISTIC_WRITE);
        if (known == null) {
            return; // never received, or withdrawn already: nothing to do, and a repeat is harmless
        }
        events.withdrawn(known, OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.remove(known);
    }
}
