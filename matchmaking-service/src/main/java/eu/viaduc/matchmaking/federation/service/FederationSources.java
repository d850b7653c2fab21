package eu.viaduc.matchmaking.federation.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.federation.events.FederationSourceEvents;
import eu.viaduc.matchmaking.federation.model.FederationSource;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * The registered partner platforms: platform admins register them; events from any other source are refused.
 * Each registration or change is published, for members-service to take the platforms' cluster profiles.
 */
@ApplicationScoped
public class FederationSources {

    private final EntityManager entityManager;
    private final Caller caller;
    private final FederationSourceEvents events;

    @Inject
    public FederationSources(EntityManager entityManager, Caller caller, FederationSourceEvents events) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.events = events;
    }

    @Transactional
    public FederationSource register(String id, String name, String sourceUri, String website) {
        if (!caller.isPlatformAdmin()) {
            throw ProblemException.forbidden("only platform admins register partner platforms");
        }
        Optional<FederationSource> sameUri = bySourceUri(sourceUri).filter(other -> !other.id().equals(id));
        if (sameUri.isPresent()) {
            throw ProblemException.invalid("sourceUri", "is already the source of the platform '" + sameUri.get().id() + "'");
        }
        FederationSource source = entityManager.find(FederationSource.class, id);
        if (source == null) {
            source = new FederationSource(id, name, sourceUri, website, caller.id(), OffsetDateTime.now(ZoneOffset.UTC));
            entityManager.persist(source);
        } else {
            source.change(name, sourceUri, website);
        }
        events.registered(source);
        return source;
    }

    public List<FederationSource> all() {
        return entityManager.createQuery("select s from FederationSource s order by s.id", FederationSource.class).getResultList();
    }

    /** Its own short transaction: the inbound consumer asks before the inbox opens one. */
    @Transactional
    public Optional<FederationSource> bySourceUri(String sourceUri) {
        return entityManager.createQuery("select s from FederationSource s where s.sourceUri = :uri", FederationSource.class)
                .setParameter("uri", sourceUri).getResultStream().findFirst();
    }
}
