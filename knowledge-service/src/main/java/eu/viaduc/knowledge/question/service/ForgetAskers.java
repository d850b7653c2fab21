package eu.viaduc.knowledge.question.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.platform.members.PersonErased;

/**
 * Askers and answerers are people: when members-service erases a person, their name on their questions
 * and answers becomes "former member", their subject a one-way hash, and they follow nothing any more;
 * the questions and answers stay for the others who learn from them.
 */
@ApplicationScoped
public class ForgetAskers {

    private final EntityManager entityManager;

    @Inject
    public ForgetAskers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void onPersonErased(@Observes PersonErased erasure) {
        entityManager.createNativeQuery("""
                update question set asker_name = 'former member', asker_subject = 'erased:' || md5(asker_subject)
                where asker_subject = ?1""").setParameter(1, erasure.subject()).executeUpdate();
        entityManager.createNativeQuery("""
                update answer set author_name = 'former member', author_subject = 'erased:' || md5(author_subject)
                where author_subject = ?1""").setParameter(1, erasure.subject()).executeUpdate();
        entityManager.createNativeQuery("delete from question_follower where subject = ?1")
                .setParameter(1, erasure.subject()).executeUpdate();
    }
}
