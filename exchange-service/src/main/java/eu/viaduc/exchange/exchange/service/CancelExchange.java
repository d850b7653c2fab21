package eu.viaduc.exchange.exchange.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.model.ExchangeState;
import eu.viaduc.exchange.offer.service.HostingOffers;
import eu.viaduc.platform.problem.ProblemException;

/**
 * The programme's managers or the visitor's cluster managers cancel an exchange on the way; the host's
 * people may cancel one they accepted. A host's place is freed.
 */
@ApplicationScoped
public class CancelExchange {

    private final ExchangeMoves moves;
    private final ExchangeParties parties;
    private final HostingOffers offers;

    @Inject
    public CancelExchange(ExchangeMoves moves, ExchangeParties parties, HostingOffers offers) {
        this.moves = moves;
        this.parties = parties;
        this.offers = offers;
    }

    @Transactional
    public Exchange cancel(UUID id, String reason) {
        return moves.move(id, (exchange, programme) -> {
            boolean hosted = ExchangeState.HOSTED.contains(exchange.state());
            boolean manager = parties.managesProgramme(programme) || parties.managesVisitorCluster(exchange, programme);
            if (!manager && !(hosted && parties.actsForHost(exchange))) {
                throw ProblemException.forbidden("only the programme's and the visitor's cluster managers cancel an "
                        + "exchange, or the host one it accepted");
            }
            exchange.cancel(reason.strip());
            if (hosted) {
                offers.releasePlace(exchange.offerId());
            }
        });
    }
}
