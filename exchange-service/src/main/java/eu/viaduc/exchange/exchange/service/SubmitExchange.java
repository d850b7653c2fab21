package eu.viaduc.exchange.exchange.service;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.model.ExchangeState;
import eu.viaduc.exchange.offer.service.HostingOffers;
import eu.viaduc.platform.problem.Problem.Violation;
import eu.viaduc.platform.problem.ProblemException;

/**
 * The visitor's people submit a draft: every rule is checked again as things are now, and an
 * organisation visits at most once per programme (a unique index holds it under concurrent submissions).
 */
@ApplicationScoped
public class SubmitExchange {

    private final ExchangeMoves moves;
    private final ExchangeParties parties;
    private final StayRules rules;
    private final HostingOffers offers;
    private final Exchanges exchanges;

    @Inject
    public SubmitExchange(ExchangeMoves moves, ExchangeParties parties, StayRules rules, HostingOffers offers,
            Exchanges exchanges) {
        this.moves = moves;
        this.parties = parties;
        this.rules = rules;
        this.offers = offers;
        this.exchanges = exchanges;
    }

    @Transactional
    public Exchange submit(UUID id) {
        return moves.move(id, (exchange, programme) -> {
            if (!parties.actsForVisitor(exchange)) {
                throw ProblemException.forbidden("only the visitor organisation's EDITORs and ADMINs submit its application");
            }
            exchange.requireState(Set.of(ExchangeState.DRAFT));
            exchanges.visitOf(programme.id(), exchange.visitorOrganisationId()).ifPresent(visit -> {
                throw new ProblemException(409, "Conflict", "the organisation visits once per programme and has "
                        + "exchange " + visit.id() + " (" + visit.state() + ") in it", List.of(new Violation(
                        "visitorOrganisationId", "already visits in this programme")));
            });
            exchange.submit(rules.check(programme, offers.read(exchange.offerId()), exchange.visitorOrganisationId(),
                    exchange.startsOn(), exchange.endsOn()));
        });
    }
}
