package eu.viaduc.knowledge.question.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import eu.viaduc.knowledge.question.model.Answer;
import eu.viaduc.knowledge.question.model.Question;
import eu.viaduc.knowledge.question.model.QuestionSubject;
import eu.viaduc.knowledge.question.rest.QuestionView;
import eu.viaduc.platform.problem.ProblemException;

/** Finding questions, answers and followers; questions as a caller sees them. */
@ApplicationScoped
public class Questions {

    private final EntityManager entityManager;
    private final QuestionRules rules;

    @Inject
    public Questions(EntityManager entityManager, QuestionRules rules) {
        this.entityManager = entityManager;
        this.rules = rules;
    }

    /** The question, if the caller may see it (403 otherwise), locked when asked to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Question visible(UUID id, boolean lock) {
        Question question = lock ? entityManager.find(Question.class, id, LockModeType.PESSIMISTIC_WRITE)
                : entityManager.find(Question.class, id);
        if (question == null) {
            throw ProblemException.notFound("question", id);
        }
        if (!rules.maySee(question.about())) {
            throw ProblemException.forbidden("questions are for the people who may read what they are about");
        }
        return question;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Answer answer(Question question, UUID answerId) {
        Answer answer = entityManager.find(Answer.class, answerId);
        if (answer == null || !answer.questionId().equals(question.id())) {
            throw ProblemException.invalid("answerId", "names no answer to this question");
        }
        return answer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> followers(UUID questionId) {
        return entityManager.createNativeQuery("select subject from question_follower where question_id = ?1 order by since",
                String.class).setParameter(1, questionId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionView view(Question question) {
        boolean moderator = rules.reviews(question.about());
        boolean mine = rules.isAsker(question);
        boolean showQuestion = !question.isHidden() || moderator || mine;
        List<QuestionView.AnswerView> answers = entityManager.createQuery(
                "select a from Answer a where a.questionId = :question order by a.createdAt, a.id", Answer.class)
                .setParameter("question", question.id()).getResultList().stream()
                .map(answer -> new QuestionView.AnswerView(answer.id(),
                        !answer.isHidden() || moderator || answer.authorSubject().equals(rules.who()) ? answer.body() : null,
                        answer.authorName(), answer.id().equals(question.acceptedAnswerId()), answer.hiddenReason(),
                        answer.createdAt()))
                .toList();
        List<String> followers = followers(question.id());
        return new QuestionView(question.id(), question.about().resourceId(), question.about().tag(),
                question.about().valueChain(), showQuestion ? question.title() : null,
                showQuestion ? question.body() : null, question.askerName(), question.acceptedAnswerId(),
                question.hiddenReason(), followers.contains(rules.who()), followers.size(), answers,
                question.createdAt(), question.changedAt());
    }

    /** The questions on a resource or topic that the caller may see, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionView> about(QuestionSubject about) {
        if (!rules.maySee(about)) {
            throw ProblemException.forbidden("questions are for the people who may read what they are about");
        }
        return entityManager.createQuery("""
                select q from Question q where (:resource is null or q.resourceId = :resource)
                and (:tag is null or q.topicTag = :tag) and (:valueChain is null or q.topicValueChain = :valueChain)
                order by q.createdAt desc""", Question.class)
                .setParameter("resource", about.resourceId()).setParameter("tag", about.tag())
                .setParameter("valueChain", about.valueChain()).setMaxResults(100).getResultList().stream()
                .map(this::view).toList();
    }
}
