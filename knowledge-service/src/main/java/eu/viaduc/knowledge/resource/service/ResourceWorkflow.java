package eu.viaduc.knowledge.resource.service;

import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.knowledge.resource.events.ResourceChanged;
import eu.viaduc.knowledge.resource.events.ResourceEvents;
import eu.viaduc.knowledge.resource.model.Resource;
import eu.viaduc.knowledge.resource.model.ResourceVersion;
import eu.viaduc.knowledge.resource.model.VersionState;
import eu.viaduc.platform.problem.ProblemException;

/**
 * The frame of every change of a resource: lock it, read its latest version, let the operation
 * change them, and publish the event of the outcome in the same transaction (and tell the search index).
 */
@ApplicationScoped
public class ResourceWorkflow {

    private final ResourceStore store;
    private final ResourceEvents events;
    private final Event<ResourceChanged> changes;

    @Inject
    public ResourceWorkflow(ResourceStore store, ResourceEvents events, Event<ResourceChanged> changes) {
        this.store = store;
        this.events = events;
        this.changes = changes;
    }

    /** What an operation did: the resource as it is now, the version concerned, and the event type to publish. */
    public record Outcome(Resource resource, int versionNumber, String eventType) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Resource change(UUID id, BiFunction<Resource, ResourceVersion, Outcome> operation) {
        Resource resource = store.lock(id);
        ResourceVersion latest = store.version(id, resource.latestVersion()).orElseThrow();
        Outcome outcome = operation.apply(resource, latest);
        if (outcome.eventType() != null) {
            ResourceVersion version = store.version(id, outcome.versionNumber()).orElseThrow();
            events.changed(outcome.eventType(), outcome.resource(), version, store.texts(id, outcome.versionNumber()));
            changes.fire(new ResourceChanged(id));
        }
        return outcome.resource();
    }

    /** A 409 naming the state unless the version is in one of these. */
    public static void require(ResourceVersion version, Set<VersionState> allowed) {
        if (!allowed.contains(version.state())) {
            throw ProblemException.conflict("version " + version.number() + " is " + version.state() + "; this needs it to be "
                    + allowed.stream().sorted().map(Enum::name).reduce((a, b) -> a + " or " + b).orElse(""));
        }
    }
}
