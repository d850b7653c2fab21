package eu.viaduc.exchange.programme.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.platform.problem.ProblemException;

/** Reading programmes, for this feature's resource and for the features that run inside a programme. */
@ApplicationScoped
public class Programmes {

    private final EntityManager entityManager;

    @Inject
    public Programmes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Programme read(UUID id) {
        Programme programme = entityManager.find(Programme.class, id);
        if (programme == null) {
            throw ProblemException.notFound("programme", id);
        }
        return programme;
    }

    /**
     * The programme, locked until the transaction ends: validations of one programme run one after
     * another, so that a capped category and the budget hold under concurrent validations.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Programme lock(UUID id) {
        Programme programme = entityManager.find(Programme.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw ProblemException.notFound("programme", id);
        }
        return programme;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Programme> list(UUID allianceId) {
        return entityManager.createQuery("""
                select p from Programme p where (:alliance is null or p.allianceId = :alliance)
                order by p.startsOn desc, p.name""", Programme.class)
                .setParameter("alliance", allianceId).setMaxResults(200).getResultList();
    }
}
