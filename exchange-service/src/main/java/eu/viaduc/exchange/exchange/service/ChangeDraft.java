package eu.viaduc.exchange.exchange.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.model.VisitingPerson;
import eu.viaduc.exchange.exchange.rest.ApplicationRequest;
import eu.viaduc.exchange.offer.model.HostingOffer;
import eu.viaduc.exchange.offer.service.HostingOffers;
import eu.viaduc.platform.problem.ProblemException;

/**
 * The visitor's people change a draft before submitting it: dates, offer (of the same programme),
 * objectives, visiting person. The rules are checked as when applying.
 */
@ApplicationScoped
public class ChangeDraft {

    private final ExchangeMoves moves;
    private final ExchangeParties parties;
    private final StayRules rules;
    private final HostingOffers offers;

    @Inject
    public ChangeDraft(ExchangeMoves moves, ExchangeParties parties, StayRules rules, HostingOffers offers) {
        this.moves = moves;
        this.parties = parties;
        this.rules = rules;
        this.offers = offers;
    }

    @Transactional
    public Exchange change(UUID id, ApplicationRequest request) {
        return moves.change(id, (exchange, programme) -> {
            if (!parties.actsForVisitor(exchange)) {
                throw ProblemException.forbidden("only the visitor organisation's EDITORs and ADMINs change its application");
            }
            if (!exchange.visitorOrganisationId().equals(request.visitorOrganisationId())) {
                throw ProblemException.invalid("visitorOrganisationId", "cannot change: apply again for another visitor");
            }
            HostingOffer offer = offers.find(request.offerId())
                    .orElseThrow(() -> ProblemException.invalid("offerId", "names no hosting offer"));
            if (!offer.programmeId().equals(programme.id())) {
                throw ProblemException.invalid("offerId", "belongs to another programme: apply to that programme instead");
            }
            exchange.changeDraft(rules.check(programme, offer, exchange.visitorOrganisationId(), request.startsOn(),
                    request.endsOn()), request.objectives().strip(), new VisitingPerson(request.person().name().strip(),
                    request.person().email().strip(), request.person().contactId()));
        });
    }
}
