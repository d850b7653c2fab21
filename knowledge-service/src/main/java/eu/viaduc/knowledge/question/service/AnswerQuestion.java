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

/** A member who may see the question answers it; the followers hear of it through question.answered.v1. */
@ApplicationScoped
public class AnswerQuestion {

    private final EntityManager entityManager;
    private final Questions questions;
    private final QuestionRules rules;
    private final QuestionEvents events;

    @Inject
    public AnswerQuestion(EntityManager entityManager, Questions questions, QuestionRules rules, QuestionEvents events) {
        this.entityManager = entityManager;
        this.questions = questions;
        this.rules = rules;
        this.events = events;
    }

    @Transactional
    public Question answer(UUID questionId, String body) {
        Question question = questions.visible(questionId, true);
        if (question.isHidden()) {
            throw ProblemException.conflict("the question is hidden: " + question.hiddenReason());
        }
        Answer answer = Answer.to(question.id(), body.strip(), rules.who(), rules.name());
        entityManager.persist(answer);
        question.answered();
        entityManager.flush();
        events.answered(question, answer.id(), questions.followers(question.id()).stream()
                .filter(subject -> !subject.equals(rules.who())).toList());
        return question;
    }
}
