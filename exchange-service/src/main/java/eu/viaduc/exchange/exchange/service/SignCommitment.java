package eu.viaduc.exchange.exchange.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.platform.problem.ProblemException;

/**
 * A party signs the commitment to quality, for every side the caller acts for; once the visitor and
 * the host have both signed, the exchange is AGREED.
 */
@ApplicationScoped
public class SignCommitment {

    private final ExchangeMoves moves;
    private final ExchangeParties parties;

    @Inject
    public SignCommitment(ExchangeMoves moves, ExchangeParties parties) {
        this.moves = moves;
        this.parties = parties;
    }

    @Transactional
    public Exchange sign(UUID id) {
        return moves.move(id, (exchange, programme) -> {
            boolean visitor = parties.actsForVisitor(exchange);
            boolean host = parties.actsForHost(exchange);
            if (!visitor && !host) {
                throw ProblemException.forbidden("only the visitor's and the host's EDITORs and ADMINs sign the commitment");
            }
            exchange.sign(visitor, host);
        });
    }
}
