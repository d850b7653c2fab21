package eu.viaduc.exchange.exchange.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.platform.problem.ProblemException;

/** After the stay, the visitor's people file the closing report with its outcomes (COMPLETED). */
@ApplicationScoped
public class FileClosingReport {

    private final ExchangeMoves moves;
    private final ExchangeParties parties;

    @Inject
    public FileClosingReport(ExchangeMoves moves, ExchangeParties parties) {
        this.moves = moves;
        this.parties = parties;
    }

    @Transactional
    public Exchange file(UUID id, String report, List<String> outcomes) {
        return moves.move(id, (exchange, programme) -> {
            if (!parties.actsForVisitor(exchange)) {
                throw ProblemException.forbidden("only the visitor organisation's EDITORs and ADMINs file its report");
            }
            exchange.fileClosingReport(report.strip(), outcomes.stream().map(String::strip).toList(),
                    LocalDate.now(ZoneOffset.UTC));
        });
    }
}
