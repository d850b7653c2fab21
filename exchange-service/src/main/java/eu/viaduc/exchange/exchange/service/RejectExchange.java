package eu.viaduc.exchange.exchange.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.model.ExchangeState;
import eu.viaduc.platform.problem.ProblemException;

/** The visitor's cluster managers reject a submitted application; the host's people decline a validated one. */
@ApplicationScoped
public class RejectExchange {

    private final ExchangeMoves moves;
    private final ExchangeParties parties;

    @Inject
    public RejectExchange(ExchangeMoves moves, ExchangeParties parties) {
        this.moves = moves;
        this.parties = parties;
    }

    @Transactional
    public Exchange reject(UUID id, String reason) {
        return moves.move(id, (exchange, programme) -> {
            boolean clusterManager = parties.managesVisitorCluster(exchange, programme);
            boolean host = parties.actsForHost(exchange);
            if (!clusterManager && !host) {
                throw ProblemException.forbidden("only the visitor's cluster managers (a submitted application) or the "
                        + "host's people (a validated one) reject it");
            }
            exchange.requireState(Set.of(ExchangeState.SUBMITTED, ExchangeState.VALIDATED));
            boolean mayDecide = exchange.state() == ExchangeState.SUBMITTED ? clusterManager : host;
            if (!mayDecide) {
                throw ProblemException.conflict("the exchange is " + exchange.state() + ": "
                        + (exchange.state() == ExchangeState.SUBMITTED ? "the visitor's cluster decides on it"
                                : "the host decides on it now"));
            }
            exchange.reject(reason.strip());
        });
    }
}
