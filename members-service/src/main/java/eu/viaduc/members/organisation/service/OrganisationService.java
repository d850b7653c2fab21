package eu.viaduc.members.organisation.service;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;

import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.organisation.model.OrganisationProfile;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.rest.ETags;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/** Registers, changes, deletes and reads organisations; every change leaves its event in the outbox. */
@ApplicationScoped
public class OrganisationService {

    private final EntityManager entityManager;
    private final OrganisationEvents events;
    private final Caller caller;
    private final Event<OrganisationErasure> erasure;
    private final Event<OrganisationRegistered> registration;
    private final Idempotency idempotency;

    @Inject
    public OrganisationService(EntityManager entityManager, OrganisationEvents events, Caller caller,
            Event<OrganisationErasure> erasure, Event<OrganisationRegistered> registration, Idempotency idempotency) {
        this.entityManager = entityManager;
        this.events = events;
        this.caller = caller;
        this.erasure = erasure;
        this.registration = registration;
        this.idempotency = idempotency;
    }

    /** Any signed-in person registers an organisation, and becomes its first ADMIN. */
    @Transactional
    public Organisation register(OrganisationProfile profile) {
        if (!caller.isPerson()) {
            throw ProblemException.forbidden("organisations are registered by people, who then act for them");
        }
        Organisation organisation = Organisation.register(profile, caller.id());
        entityManager.persist(organisation);
        entityManager.flush();
        events.registered(organisation);
        registration.fire(new OrganisationRegistered(organisation.id()));
        return organisation;
    }

    /** Platform admins, or the organisation's EDITORs and ADMINs, replace its profile. */
    @Transactional
    public Organisation update(UUID id, OrganisationProfile profile, String ifMatch) {
        Organisation organisation = ownedByCaller(id);
        ETags.requireMatch(ifMatch, organisation.version());
        OrganisationProfile before = organisation.profile();
        organisation.update(profile);
        // flushed first, so the event carries the version the update produced
        entityManager.flush();
        events.updated(organisation, before);
        return organisation;
    }

    /** Platform admins, or the organisation's ADMINs. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Organisation organisation = get(id);
        require(id, OrganisationRole.ADMIN);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, organisation.version());
        }
        organisation.delete();
        entityManager.flush();
        events.deleted(organisation);
    }

    /**
     * Erasure on request: the events about it waiting in the outbox and the stored replay of its
     * registration are deleted, then its contacts and people, its identifying data overwritten, and
     * organisation.erased.v1 tells every other service to forget it too. Also for a deleted one.
     */
    @Transactional
    public void erase(UUID id) {
        Organisation organisation = entityManager.find(Organisation.class, id);
        if (organisation == null || organisation.isErased()) {
            throw ProblemException.notFound("organisation", id);
        }
        require(id, OrganisationRole.ADMIN);
        events.forget(id);
        idempotency.forget(URI.create("/api/v1/organisations/" + id));
        erasure.fire(new OrganisationErasure(id));
        organisation.erase();
        entityManager.flush();
        events.erased(organisation);
    }

    private Organisation ownedByCaller(UUID id) {
        Organisation organisation = get(id);
        require(id, OrganisationRole.EDITOR);
        return organisation;
    }

    /** Platform admins, and the organisation's people with at least this role, act for it. */
    public void require(UUID id, OrganisationRole role) {
        if (!caller.mayActFor(id, role)) {
            throw ProblemException.forbidden("only platform admins and the organisation's "
                    + (role == OrganisationRole.ADMIN ? "ADMINs" : "EDITORs and ADMINs") + " may do this");
        }
    }

    /**
     * The organisation as a reader sees it, loaded read-only: nothing of it will be written, so Hibernate keeps no
     * copy of its state to compare at flush (copying its JSON columns was a third of the work of a read by id).
     * Not for a transaction that changes it: it would not be written.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation read(UUID id) {
        Organisation organisation = entityManager.find(Organisation.class, id, Map.of(HibernateHints.HINT_READ_ONLY, true));
        if (organisation == null || organisation.isDeleted()) {
            throw ProblemException.notFound("organisation", id);
        }
        return organisation;
    }

    /** A deleted organisation is gone for readers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation get(UUID id) {
        Organisation organisation = entityManager.find(Organisation.class, id);
        if (organisation == null || organisation.isDeleted()) {
            throw ProblemException.notFound("organisation", id);
        }
        return organisation;
    }
}
