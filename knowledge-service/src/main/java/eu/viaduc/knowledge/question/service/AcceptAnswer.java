package eu.viaduc.knowledge.question.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.knowledge.question.events.QuestionEvents;
import eu.viaduc.knowledge.question.model.Answer;
import eu.viaduc.knowledge.question.model.Question;
import eu.viaduc.platform.problem.ProblemException;

/** The asker, or a reviewer, accepts an answer (another one may replace it later). */
@ApplicationScoped
public class AcceptAnswer {

    private final EntityManager entityManager;
    private final Questions questions;
    private final QuestionRules rules;
    private final QuestionEvents events;

    @Inject
    public AcceptAnswer(EntityManager entityManager, Questions questions, QuestionRules rules, QuestionEvents events) {
        this.entityManager = entityManager;
        this.questions = questions;
        this.rules = rules;
        this.events = events;
    }

    @Transactional
    public Question accept(UUID questionId, UUID answerId) {
        Question question = questions.visible(questionId, true);
        if (!rules.isAsker(question) && !rules.reviews(question.about())) {
            throw ProblemException.forbidden("only the asker and the reviewers accept an answer");
        }
        Answer answer = questions.answer(question, answerId);
        if (answer.isHidden()) {
            throw ProblemException.conflict("the answer is hidden: " + answer.hiddenReason());
        }
        question.accept(answer.id());
        entityManager.flush();
        events.accepted(question);
        return question;
    }
}
