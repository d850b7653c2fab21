package eu.viaduc.knowledge.resource.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.knowledge.audience.Audience;
import eu.viaduc.knowledge.resource.model.Draft;
import eu.viaduc.knowledge.resource.model.Resource;
import eu.viaduc.knowledge.resource.model.ResourceStatus;
import eu.viaduc.knowledge.resource.model.VersionState;
import eu.viaduc.knowledge.resource.rest.ResourceRequest;
import eu.viaduc.platform.problem.ProblemException;

/**
 * An author (EDITOR or ADMIN of the organisation) writes a resource. Editing a draft rewrites it;
 * editing a published resource starts a new draft version while the published one stays visible.
 */
@ApplicationScoped
public class WriteResource {

    private final ResourceStore store;
    private final ResourceWorkflow workflow;
    private final Audience audience;

    @Inject
    public WriteResource(ResourceStore store, ResourceWorkflow workflow, Audience audience) {
        this.store = store;
        this.workflow = workflow;
        this.audience = audience;
    }

    @Transactional
    public Resource create(ResourceRequest request) {
        if (!audience.writesFor(request.authorOrganisationId())) {
            throw ProblemException.forbidden("only the organisation's EDITORs and ADMINs write its resources");
        }
        Draft draft = Drafts.of(request);
        Resource resource = store.create(request.authorOrganisationId());
        store.writeDraft(resource.id(), 1, draft, audience.subject(), audience.displayName());
        return resource;
    }

    /**
     * The caller writes for the resource's organisation and the resource is not archived: checked by the
     * features that change what belongs to a resource (its attachments). Locks the resource.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Resource requireAuthor(UUID id) {
        Resource resource = store.lock(id);
        if (!audience.writesFor(resource.authorOrganisationId())) {
            throw ProblemException.forbidden("only the organisation's EDITORs and ADMINs change its resources");
        }
        if (resource.status() == ResourceStatus.ARCHIVED) {
            throw ProblemException.conflict("the resource is ARCHIVED");
        }
        return resource;
    }

    @Transactional
    public Resource change(UUID id, ResourceRequest request) {
        return workflow.change(id, (resource, latest) -> {
            if (!audience.writesFor(resource.authorOrganisationId())) {
                throw ProblemException.forbidden("only the organisation's EDITORs and ADMINs write its resources");
            }
            if (!resource.authorOrganisationId().equals(request.authorOrganisationId())) {
                throw ProblemException.invalid("authorOrganisationId", "cannot change: a resource stays with its organisation");
            }
            if (resource.status() == ResourceStatus.ARCHIVED) {
                throw ProblemException.conflict("the resource is ARCHIVED");
            }
            ResourceWorkflow.require(latest, Set.of(VersionState.DRAFT, VersionState.PUBLISHED));
            Draft draft = Drafts.of(request);
            int number = latest.state() == VersionState.DRAFT ? latest.number() : latest.number() + 1;
            store.writeDraft(id, number, draft, audience.subject(), audience.displayName());
            return new ResourceWorkflow.Outcome(store.update(resource, resource.status(), resource.publishedVersion(), number),
                    number, null);
        });
    }
}
