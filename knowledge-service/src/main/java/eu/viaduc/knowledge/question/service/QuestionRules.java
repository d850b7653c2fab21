package eu.viaduc.knowledge.question.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.knowledge.question.model.Question;
import eu.viaduc.knowledge.question.model.QuestionSubject;
import eu.viaduc.knowledge.resource.service.ReadResource;
import eu.viaduc.platform.security.Caller;

/**
 * Who may do what with questions. A question on a resource is seen by those who may read the resource;
 * one on a topic by the platform's members. Its reviewers are the resource's reviewers (or, on a topic,
 * any cluster or alliance manager); platform admins always are. Reviewers moderate and may accept an
 * answer, as the asker may.
 */
@ApplicationScoped
public class QuestionRules {

    private final ReadResource resources;
    private final Caller caller;

    @Inject
    public QuestionRules(ReadResource resources, Caller caller) {
        this.resources = resources;
        this.caller = caller;
    }

    public boolean maySee(QuestionSubject about) {
        if (caller.isPlatformAdmin()) {
            return true;
        }
        return about.isResource() ? caller.isAffiliated() && resources.mayReadPublished(about.resourceId())
                : caller.isAffiliated();
    }

    public boolean reviews(QuestionSubject about) {
        return caller.isPlatformAdmin() || (about.isResource() ? resources.reviews(about.resourceId())
                : caller.managesAnyClusterOrAlliance());
    }

    public boolean isAsker(Question question) {
        return caller.isPerson() && question.askerSubject().equals(caller.id());
    }

    public String who() {
        return caller.id();
    }

    public String name() {
        return caller.displayName();
    }
}
