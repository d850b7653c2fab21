package eu.viaduc.exchange.exchange.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.model.ExchangeState;
import eu.viaduc.exchange.offer.service.HostingOffers;
import eu.viaduc.platform.problem.ProblemException;

/** The visitor's people withdraw their application before the stay is reported; a host's place is freed. */
@ApplicationScoped
public class WithdrawExchange {

    private final ExchangeMoves moves;
    private final ExchangeParties parties;
    private final HostingOffers offers;

    @Inject
    public WithdrawExchange(ExchangeMoves moves, ExchangeParties parties, HostingOffers offers) {
        this.moves = moves;
        this.parties = parties;
        this.offers = offers;
    }

    @Transactional
    public Exchange withdraw(UUID id, String reason) {
        return moves.move(id, (exchange, programme) -> {
            if (!parties.actsForVisitor(exchange)) {
                throw ProblemException.forbidden("only the visitor organisation's EDITORs and ADMINs withdraw it");
            }
            boolean hosted = ExchangeState.HOSTED.contains(exchange.state());
            exchange.withdraw(reason.strip());
            if (hosted) {
                offers.releasePlace(exchange.offerId());
            }
        });
    }
}
