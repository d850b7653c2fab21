package eu.viaduc.members.organisation.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.platform.problem.ProblemException;

/** Registers organisations and reads them back; every change leaves its event in the outbox. */
@ApplicationScoped
public class OrganisationService {

    private final EntityManager entityManager;
    private final OrganisationEvents events;

    @Inject
    public OrganisationService(EntityManager entityManager, OrganisationEvents events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    @Transactional
    public Organisation register(RegisterOrganisation command, String registeredBy) {
        Organisation organisation = Organisation.register(command.name(), command.type(), command.country(),
                command.competences(), registeredBy);
        entityManager.persist(organisation);
        events.registered(organisation);
        return organisation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation get(UUID id) {
        Organisation organisation = entityManager.find(Organisation.class, id);
        if (organisation == null) {
            throw ProblemException.notFound("organisation", id);
        }
        return organisation;
    }
}
