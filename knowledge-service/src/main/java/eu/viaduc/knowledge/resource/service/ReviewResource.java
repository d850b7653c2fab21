package eu.viaduc.knowledge.resource.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.knowledge.audience.Audience;
import eu.viaduc.knowledge.resource.events.ResourceEvents;
import eu.viaduc.knowledge.resource.model.Resource;
import eu.viaduc.knowledge.resource.model.ResourceStatus;
import eu.viaduc.knowledge.resource.model.VersionState;
import eu.viaduc.platform.problem.ProblemException;

/**
 * The review: the author submits the draft; a manager of one of the author organisation's clusters (or
 * a platform admin) publishes it, replacing the version published before, or returns it with comments.
 */
@ApplicationScoped
public class ReviewResource {

    private final ResourceStore store;
    private final ResourceWorkflow workflow;
    private final Audience audience;

    @Inject
    public ReviewResource(ResourceStore store, ResourceWorkflow workflow, Audience audience) {
        this.store = store;
        this.workflow = workflow;
        this.audience = audience;
    }

    @Transactional
    public Resource submit(UUID id) {
        return workflow.change(id, (resource, latest) -> {
            if (!audience.writesFor(resource.authorOrganisationId())) {
                throw ProblemException.forbidden("only the organisation's EDITORs and ADMINs submit its resources");
            }
            ResourceWorkflow.require(latest, Set.of(VersionState.DRAFT));
            store.setState(id, latest.number(), VersionState.IN_REVIEW);
            return new ResourceWorkflow.Outcome(store.update(resource, resource.status(), resource.publishedVersion(),
                    latest.number()), latest.number(), ResourceEvents.SUBMITTED_V1);
        });
    }

    @Transactional
    public Resource publish(UUID id, String comment) {
        return workflow.change(id, (resource, latest) -> {
            requireReviewer(resource);
            ResourceWorkflow.require(latest, Set.of(VersionState.IN_REVIEW));
            if (resource.publishedVersion() != null) {
                store.setState(id, resource.publishedVersion(), VersionState.SUPERSEDED);
            }
            store.setState(id, latest.number(), VersionState.PUBLISHED);
            store.recordReview(id, latest.number(), audience.subject(), comment);
            return new ResourceWorkflow.Outcome(store.update(resource, ResourceStatus.PUBLISHED, latest.number(),
                    latest.number()), latest.number(), ResourceEvents.PUBLISHED_V1);
        });
    }

    @Transactional
    public Resource returnToAuthor(UUID id, String comment) {
        return workflow.change(id, (resource, latest) -> {
            requireReviewer(resource);
            ResourceWorkflow.require(latest, Set.of(VersionState.IN_REVIEW));
            store.setState(id, latest.number(), VersionState.DRAFT);
            store.recordReview(id, latest.number(), audience.subject(), comment);
            return new ResourceWorkflow.Outcome(store.update(resource, resource.status(), resource.publishedVersion(),
                    latest.number()), latest.number(), ResourceEvents.RETURNED_V1);
        });
    }

    /** The author organisation's people or its reviewers take a published resource out of circulation. */
    @Transactional
    public Resource archive(UUID id) {
        return workflow.change(id, (resource, latest) -> {
            if (!audience.writesFor(resource.authorOrganisationId()) && !audience.reviewsFor(resource.authorOrganisationId())) {
                throw ProblemException.forbidden("only the organisation's people and its reviewers archive its resources");
            }
            if (resource.status() != ResourceStatus.PUBLISHED) {
                throw ProblemException.conflict("the resource is " + resource.status() + "; only a PUBLISHED one is archived");
            }
            store.setState(id, resource.publishedVersion(), VersionState.ARCHIVED);
            return new ResourceWorkflow.Outcome(store.update(resource, ResourceStatus.ARCHIVED, resource.publishedVersion(),
                    resource.latestVersion()), resource.publishedVersion(), ResourceEvents.ARCHIVED_V1);
        });
    }

    private void requireReviewer(Resource resource) {
        if (!audience.reviewsFor(resource.authorOrganisationId())) {
            throw ProblemException.forbidden("only the managers of the author organisation's clusters and platform admins review");
        }
    }
}
