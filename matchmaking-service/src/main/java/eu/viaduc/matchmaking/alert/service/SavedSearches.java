package eu.viaduc.matchmaking.alert.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.alert.model.Alert;
import eu.viaduc.matchmaking.alert.model.SavedSearch;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/** A person's own saved searches and alerts; nobody else's exist for them. */
@ApplicationScoped
public class SavedSearches {

    private final EntityManager entityManager;
    private final Caller caller;

    @Inject
    public SavedSearches(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    public List<SavedSearch> mine() {
        return entityManager.createQuery("select s from SavedSearch s where s.subject = :subject order by s.createdAt, s.id",
                SavedSearch.class).setParameter("subject", caller.id()).getResultList();
    }

    @Transactional
    public void delete(UUID id) {
        SavedSearch search = entityManager.find(SavedSearch.class, id);
        if (search == null || !search.subject().equals(caller.id())) {
            throw ProblemException.notFound("saved search", id);
        }
        entityManager.remove(search);
    }

    /** The caller's alerts, newest first. */
    public List<Alert> alerts(int page, int size) {
        return entityManager.createQuery("select a from Alert a where a.subject = :subject order by a.createdAt desc, a.id",
                Alert.class).setParameter("subject", caller.id()).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }
}
