package eu.viaduc.knowledge.question.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.knowledge.question.events.QuestionEvents;
import eu.viaduc.knowledge.question.model.Question;
import eu.viaduc.knowledge.question.model.QuestionSubject;
import eu.viaduc.knowledge.question.rest.QuestionRequest;
import eu.viaduc.platform.problem.ProblemException;

/** A member of the platform asks a question on a resource they may read, or on a topic; they follow it. */
@ApplicationScoped
public class AskQuestion {

    private final EntityManager entityManager;
    private final QuestionRules rules;
    private final QuestionEvents events;

    @Inject
    public AskQuestion(EntityManager entityManager, QuestionRules rules, QuestionEvents events) {
        this.entityManager = entityManager;
        this.rules = rules;
        this.events = events;
    }

    @Transactional
    public Question ask(QuestionRequest request) {
        int subjects = (request.resourceId() == null ? 0 : 1) + (request.tag() == null ? 0 : 1)
                + (request.valueChain() == null || request.valueChain().isBlank() ? 0 : 1);
        if (subjects != 1) {
            throw ProblemException.invalid("resourceId", "a question is on exactly one of resourceId, tag, valueChain");
        }
        QuestionSubject about = new QuestionSubject(request.resourceId(), request.tag(),
                request.valueChain() == null || request.valueChain().isBlank() ? null : request.valueChain().strip());
        if (!rules.maySee(about)) {
            throw ProblemException.forbidden("questions are asked by the people who may read what they are about");
        }
        Question question = Question.ask(about, request.title().strip(), request.body().strip(), rules.who(), rules.name());
        entityManager.persist(question);
        entityManager.flush();
        FollowQuestion.follow(entityManager, question.id(), rules.who());
        events.asked(question);
        return question;
    }
}
