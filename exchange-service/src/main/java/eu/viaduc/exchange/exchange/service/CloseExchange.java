package eu.viaduc.exchange.exchange.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.platform.problem.ProblemException;

/** The programme's managers or the visitor's cluster managers validate the closing report: CLOSED, lump sum due. */
@ApplicationScoped
public class CloseExchange {

    private final ExchangeMoves moves;
    private final ExchangeParties parties;

    @Inject
    public CloseExchange(ExchangeMoves moves, ExchangeParties parties) {
        this.moves = moves;
        this.parties = parties;
    }

    @Transactional
    public Exchange close(UUID id) {
        return moves.move(id, (exchange, programme) -> {
            if (!parties.managesProgramme(programme) && !parties.managesVisitorCluster(exchange, programme)) {
                throw ProblemException.forbidden("only the programme's managers and the visitor's cluster managers "
                        + "validate a closing report");
            }
            exchange.close();
        });
    }
}
