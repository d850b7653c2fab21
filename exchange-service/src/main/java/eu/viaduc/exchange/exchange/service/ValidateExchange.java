package eu.viaduc.exchange.exchange.service;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.model.ExchangeState;
import eu.viaduc.platform.members.MembersDirectory;
import eu.viaduc.exchange.programme.model.CategoryTarget;
import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.exchange.programme.service.Programmes;
import eu.viaduc.platform.problem.ProblemException;

/**
 * A manager of the visitor's cluster validates a submitted application. The programme is locked
 * while the category's places and the budget are counted, so that when several managers validate
 * the last places at the same moment, exactly as many succeed as there are places.
 */
@ApplicationScoped
public class ValidateExchange {

    private final ExchangeMoves moves;
    private final ExchangeParties parties;
    private final Programmes programmes;
    private final Exchanges exchanges;
    private final MembersDirectory directory;

    @Inject
    public ValidateExchange(ExchangeMoves moves, ExchangeParties parties, Programmes programmes, Exchanges exchanges,
            MembersDirectory directory) {
        this.moves = moves;
        this.parties = parties;
        this.programmes = programmes;
        this.exchanges = exchanges;
        this.directory = directory;
    }

    @Transactional
    public Exchange validate(UUID id) {
        return moves.move(id, (exchange, programme) -> {
            if (!parties.managesVisitorCluster(exchange, programme)) {
                throw ProblemException.forbidden("only the managers of the visitor's cluster validate its application");
            }
            exchange.requireState(Set.of(ExchangeState.SUBMITTED));
            if (directory.activeClustersInAlliance(exchange.visitorOrganisationId(), programme.allianceId()).isEmpty()) {
                throw ProblemException.conflict("the visitor is no longer an active member of a cluster of the alliance");
            }
            Programme locked = programmes.lock(programme.id());
            CategoryTarget target = locked.target(exchange.category()).orElseThrow(() -> ProblemException.conflict(
                    "the programme sets no target for the category " + exchange.category()));
            long held = exchanges.placesHeld(locked.id(), exchange.category());
            if (target.capped() && held >= target.target()) {
                throw ProblemException.conflict("the category " + exchange.category() + " is full: " + held + " of "
                        + target.target() + " places are validated");
            }
            BigDecimal committed = exchanges.committed(locked.id());
            if (committed.add(exchange.lumpSum().amount()).compareTo(locked.budget()) > 0) {
                throw ProblemException.conflict("the budget is spent: " + committed + " of " + locked.budget() + " "
                        + locked.currency() + " committed, and this stay needs " + exchange.lumpSum().amount());
            }
            exchange.validate();
        });
    }
}
