package eu.viaduc.knowledge.question.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.knowledge.question.model.Question;

/** A member who may see a question follows it, to be told of new answers, or stops following it. */
@ApplicationScoped
public class FollowQuestion {

    private final EntityManager entityManager;
    private final Questions questions;
    private final QuestionRules rules;

    @Inject
    public FollowQuestion(EntityManager entityManager, Questions questions, QuestionRules rules) {
        this.entityManager = entityManager;
        this.questions = questions;
        this.rules = rules;
    }

    @Transactional
    public Question follow(UUID questionId) {
        Question question = questions.visible(questionId, false);
        follow(entityManager, questionId, rules.who());
        return question;
    }

    @Transactional
    public Question unfollow(UUID questionId) {
        Question question = questions.visible(questionId, false);
        entityManager.createNativeQuery("delete from question_follower where question_id = ?1 and subject = ?2")
                .setParameter(1, questionId).setParameter(2, rules.who()).executeUpdate();
        return question;
    }

    static void follow(EntityManager entityManager, UUID questionId, String subject) {
        entityManager.createNativeQuery("""
                insert into question_follower (question_id, subject, since) values (?1, ?2, now()) on conflict do nothing""")
                .setParameter(1, questionId).setParameter(2, subject).executeUpdate();
    }
}
