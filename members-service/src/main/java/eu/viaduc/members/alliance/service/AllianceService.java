package eu.viaduc.members.alliance.service;

import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.members.alliance.events.AllianceEvents;
import eu.viaduc.members.alliance.model.Alliance;
import eu.viaduc.members.cluster.model.Cluster;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * Alliances are formed by platform admins or by people who manage a cluster or an alliance (who then
 * manage the new one), and changed by their managers.
 */
@ApplicationScoped
public class AllianceService {

    private final EntityManager entityManager;
    private final AllianceEvents events;
    private final Caller caller;
    private final Event<AllianceFormed> formedBy;

    @Inject
    public AllianceService(EntityManager entityManager, AllianceEvents events, Caller caller,
            Event<AllianceFormed> formedBy) {
        this.entityManager = entityManager;
        this.events = events;
        this.caller = caller;
        this.formedBy = formedBy;
    }

    @Transactional
    public Alliance form(FormAlliance request) {
        boolean manager = !caller.isPlatformAdmin();
        if (manager && !caller.managesAnyClusterOrAlliance()) {
            throw ProblemException.forbidden("alliances are formed by platform admins and by managers of clusters or alliances");
        }
        Alliance alliance = Alliance.form(request.name(), request.programmeStart(), request.programmeEnd());
        entityManager.persist(alliance);
        entityManager.flush();
        events.changed(alliance);
        if (manager) {
            formedBy.fire(new AllianceFormed(alliance.id()));
        }
        return alliance;
    }

    @Transactional
    public Alliance addCluster(UUID allianceId, UUID clusterId) {
        Cluster cluster = entityManager.find(Cluster.class, clusterId);
        if (cluster == null) {
            throw ProblemException.invalid("clusterId", "names no cluster");
        }
        cluster.requireManagedHere();
        return change(allianceId, alliance -> alliance.addCluster(clusterId));
    }

    @Transactional
    public Alliance removeCluster(UUID allianceId, UUID clusterId) {
        return change(allianceId, alliance -> alliance.removeCluster(clusterId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Alliance get(UUID id) {
        Alliance alliance = entityManager.find(Alliance.class, id);
        if (alliance == null) {
            throw ProblemException.notFound("alliance", id);
        }
        return alliance;
    }

    private Alliance change(UUID allianceId, Consumer<Alliance> change) {
        Alliance alliance = get(allianceId);
        if (!caller.mayManageAlliance(allianceId)) {
            throw ProblemException.forbidden("only platform admins and this alliance's managers change it");
        }
        change.accept(alliance);
        // flushed first, so the event carries the version the change produced
        entityManager.flush();
        events.changed(alliance);
        return alliance;
    }
}
