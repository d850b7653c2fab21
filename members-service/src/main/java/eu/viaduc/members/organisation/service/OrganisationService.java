package eu.viaduc.members.organisation.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.rest.ETags;
import eu.viaduc.platform.security.Caller;

/** Registers, changes, deletes and reads organisations; every change leaves its event in the outbox. */
@ApplicationScoped
public class OrganisationService {

    private final EntityManager entityManager;
    private final OrganisationEvents events;
    private final Caller caller;

    @Inject
    public OrganisationService(EntityManager entityManager, OrganisationEvents events, Caller caller) {
        this.entityManager = entityManager;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public Organisation register(RegisterOrganisation command, String registeredBy) {
        Organisation organisation = Organisation.register(command.name(), command.type(), command.country(),
                command.competences(), registeredBy);
        entityManager.persist(organisation);
        events.registered(organisation);
        return organisation;
    }

    /** Platform admins, or the organisation's own members, replace its profile. */
    @Transactional
    public Organisation update(UUID id, RegisterOrganisation command, String ifMatch) {
        Organisation organisation = ownedByCaller(id);
        ETags.requireMatch(ifMatch, organisation.version());
        organisation.update(command.name(), command.type(), command.country(), command.competences());
        // flushed first, so the event carries the version the update produced
        entityManager.flush();
        events.updated(organisation);
        return organisation;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Organisation organisation = ownedByCaller(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, organisation.version());
        }
        organisation.delete();
        entityManager.flush();
        events.deleted(organisation);
    }

    private Organisation ownedByCaller(UUID id) {
        Organisation organisation = get(id);
        if (!caller.isPlatformAdmin() && !caller.belongsTo(id)) {
            throw ProblemException.forbidden("only platform admins and the organisation's own members change it");
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
