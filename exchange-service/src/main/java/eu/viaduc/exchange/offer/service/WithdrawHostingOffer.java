package eu.viaduc.exchange.offer.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.offer.events.HostingOfferEvents;
import eu.viaduc.exchange.offer.model.HostingOffer;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/** The host takes an offer off the list; exchanges already accepted on it go on. */
@ApplicationScoped
public class WithdrawHostingOffer {

    private final EntityManager entityManager;
    private final HostingOfferEvents events;
    private final Caller caller;

    @Inject
    public WithdrawHostingOffer(EntityManager entityManager, HostingOfferEvents events, Caller caller) {
        this.entityManager = entityManager;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public HostingOffer withdraw(UUID id) {
        HostingOffer offer = entityManager.find(HostingOffer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (offer == null) {
            throw ProblemException.notFound("hosting offer", id);
        }
        if (!caller.mayActFor(offer.hostOrganisationId(), OrganisationRole.EDITOR)) {
            throw ProblemException.forbidden("only the host organisation's EDITORs and ADMINs withdraw its offers");
        }
        offer.withdraw();
        entityManager.flush();
        events.changed(offer);
        return offer;
    }
}
