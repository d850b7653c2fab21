package eu.viaduc.exchange.exchange.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.model.ExchangeState;
import eu.viaduc.exchange.offer.service.HostingOffers;
import eu.viaduc.platform.problem.ProblemException;

/** The host's people accept a validated visitor: the exchange takes one of the offer's places (MATCHED). */
@ApplicationScoped
public class AcceptHosting {

    private final ExchangeMoves moves;
    private final ExchangeParties parties;
    private final HostingOffers offers;

    @Inject
    public AcceptHosting(ExchangeMoves moves, ExchangeParties parties, HostingOffers offers) {
        this.moves = moves;
        this.parties = parties;
        this.offers = offers;
    }

    @Transactional
    public Exchange accept(UUID id) {
        return moves.move(id, (exchange, programme) -> {
            if (!parties.actsForHost(exchange)) {
                throw ProblemException.forbidden("only the host organisation's EDITORs and ADMINs accept a visitor");
            }
            exchange.requireState(Set.of(ExchangeState.VALIDATED));
            offers.takePlace(exchange.offerId());
            exchange.acceptHosting();
        });
    }
}
