package eu.viaduc.knowledge.question.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.knowledge.question.model.Question;
import eu.viaduc.platform.problem.ProblemException;

/** The reviewers (cluster managers) hide a question or an answer with a reason; nothing is deleted. */
@ApplicationScoped
public class ModerateQuestions {

    private final Questions questions;
    private final QuestionRules rules;

    @Inject
    public ModerateQuestions(Questions questions, QuestionRules rules) {
        this.questions = questions;
        this.rules = rules;
    }

    @Transactional
    public Question hideQuestion(UUID questionId, String reason) {
        Question question = moderated(questionId);
        question.hide(reason.strip(), rules.who());
        return question;
    }

    @Transactional
    public Question hideAnswer(UUID questionId, UUID answerId, String reason) {
        Question question = moderated(questionId);
        questions.answer(question, answerId).hide(reason.strip(), rules.who());
        question.answered();
        return question;
    }

    private Question moderated(UUID questionId) {
        Question question = questions.visible(questionId, true);
        if (!rules.reviews(question.about())) {
            throw ProblemException.forbidden("only the cluster managers who review this topic moderate it");
        }
        return question;
    }
}
