package eu.viaduc.exchange.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.events.ExchangeJournal;
import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.model.StayTerms;
import eu.viaduc.exchange.exchange.model.VisitingPerson;
import eu.viaduc.exchange.exchange.rest.ApplicationRequest;
import eu.viaduc.exchange.offer.model.HostingOffer;
import eu.viaduc.exchange.offer.service.HostingOffers;
import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.exchange.programme.service.Programmes;
import eu.viaduc.platform.problem.ProblemException;

/** The visitor organisation's people (EDITOR or ADMIN) apply for a stay: a DRAFT, checked against every rule. */
@ApplicationScoped
public class ApplyForExchange {

    private final EntityManager entityManager;
    private final HostingOffers offers;
    private final Programmes programmes;
    private final StayRules rules;
    private final ExchangeParties parties;
    private final ExchangeJournal journal;

    @Inject
    public ApplyForExchange(EntityManager entityManager, HostingOffers offers, Programmes programmes, StayRules rules,
            ExchangeParties parties, ExchangeJournal journal) {
        this.entityManager = entityManager;
        this.offers = offers;
        this.programmes = programmes;
        this.rules = rules;
        this.parties = parties;
        this.journal = journal;
    }

    @Transactional
    public Exchange apply(ApplicationRequest request) {
        if (!parties.actsFor(request.visitorOrganisationId())) {
            throw ProblemException.forbidden("only the visitor organisation's EDITORs and ADMINs apply for it");
        }
        HostingOffer offer = offers.find(request.offerId())
                .orElseThrow(() -> ProblemException.invalid("offerId", "names no hosting offer"));
        Programme programme = programmes.read(offer.programmeId());
        StayTerms terms = rules.check(programme, offer, request.visitorOrganisationId(), request.startsOn(),
                request.endsOn());
        Exchange exchange = Exchange.draft(terms, request.objectives().strip(), new VisitingPerson(
                request.person().name().strip(), request.person().email().strip(), request.person().contactId()),
                parties.who());
        entityManager.persist(exchange);
        journal.moved(exchange, null, programme.allianceId(), parties.who());
        return exchange;
    }
}
