package eu.viaduc.exchange.activity.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.activity.model.Activity;
import eu.viaduc.exchange.activity.model.Registration;
import eu.viaduc.platform.problem.ProblemException;

/** Reading activities and their registrations; the queue of the waiting list. */
@ApplicationScoped
public class Activities {

    private final EntityManager entityManager;

    @Inject
    public Activities(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Activity read(UUID id) {
        Activity activity = entityManager.find(Activity.class, id);
        if (activity == null) {
            throw ProblemException.notFound("activity", id);
        }
        return activity;
    }

    /** Locked until the transaction ends: registrations of one activity are counted one change at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Activity lock(UUID id) {
        Activity activity = entityManager.find(Activity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (activity == null) {
            throw ProblemException.notFound("activity", id);
        }
        return activity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Activity> ofProgramme(UUID programmeId) {
        return entityManager.createQuery("select a from Activity a where a.programmeId = :programme order by a.startsAt",
                Activity.class).setParameter("programme", programmeId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(UUID activityId, Registration.Status status) {
        return entityManager.createQuery("""
                select count(r) from Registration r where r.activityId = :activity and r.status = :status""", Long.class)
                .setParameter("activity", activityId).setParameter("status", status).getSingleResult();
    }

    /** Live registrations (registered, then the waiting list in order of arrival). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registration> registrations(UUID activityId) {
        return entityManager.createQuery("""
                select r from Registration r where r.activityId = :activity and r.status <> :cancelled
                order by r.status, r.registeredAt, r.id""", Registration.class)
                .setParameter("activity", activityId).setParameter("cancelled", Registration.Status.CANCELLED)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Registration> registrationOf(UUID activityId, String subject) {
        return entityManager.createQuery("""
                select r from Registration r where r.activityId = :activity and r.subject = :subject
                and r.status <> :cancelled""", Registration.class)
                .setParameter("activity", activityId).setParameter("subject", subject)
                .setParameter("cancelled", Registration.Status.CANCELLED).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Registration registration(UUID activityId, UUID registrationId) {
        Registration registration = entityManager.find(Registration.class, registrationId);
        if (registration == null || !registration.activityId().equals(activityId)) {
            throw ProblemException.notFound("registration", registrationId);
        }
        return registration;
    }

    /** 1 for the first of the waiting list; null for anyone not waiting. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Integer positionInWaitingList(Registration registration) {
        if (registration.status() != Registration.Status.WAITING) {
            return null;
        }
        return entityManager.createQuery("""
                select count(r) from Registration r where r.activityId = :activity and r.status = :waiting
                and (r.registeredAt < :at or (r.registeredAt = :at and r.id < :id))""", Long.class)
                .setParameter("activity", registration.activityId()).setParameter("waiting", Registration.Status.WAITING)
                .setParameter("at", registration.registeredAt()).setParameter("id", registration.id())
                .getSingleResult().intValue() + 1;
    }

    /** The first of the waiting list, if anyone waits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Registration> firstWaiting(UUID activityId) {
        return entityManager.createQuery("""
                select r from Registration r where r.activityId = :activity and r.status = :waiting
                order by r.registeredAt, r.id""", Registration.class)
                .setParameter("activity", activityId).setParameter("waiting", Registration.Status.WAITING)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The activities the person holds a place at, soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Activity> agendaOf(String subject) {
        return entityManager.createQuery("""
                select a from Activity a where a.status = :scheduled and a.id in (select r.activityId from Registration r
                where r.subject = :subject and r.status = :registered) order by a.startsAt""", Activity.class)
                .setParameter("scheduled", Activity.Status.SCHEDULED).setParameter("subject", subject)
                .setParameter("registered", Registration.Status.REGISTERED).getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void erasePersonalDataOf(String subject) {
        entityManager.createQuery("select r from Registration r where r.subject = :subject", Registration.class)
                .setParameter("subject", subject).getResultList().forEach(Registration::erasePersonalData);
    }
}
