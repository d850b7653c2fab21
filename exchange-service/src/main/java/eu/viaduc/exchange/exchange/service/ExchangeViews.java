package eu.viaduc.exchange.exchange.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.events.ExchangeJournal;
import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.rest.ExchangeView;
import eu.viaduc.exchange.programme.service.Programmes;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.rest.Page;

/** Exchanges as the parties and managers see them, with their history and visiting person. */
@ApplicationScoped
public class ExchangeViews {

    private final Exchanges exchanges;
    private final Programmes programmes;
    private final ExchangeParties parties;
    private final ExchangeJournal journal;

    @Inject
    public ExchangeViews(Exchanges exchanges, Programmes programmes, ExchangeParties parties, ExchangeJournal journal) {
        this.exchanges = exchanges;
        this.programmes = programmes;
        this.parties = parties;
        this.journal = journal;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExchangeView read(UUID id) {
        Exchange exchange = exchanges.read(id);
        if (!parties.maySee(exchange, programmes.read(exchange.programmeId()))) {
            throw ProblemException.forbidden("only the parties, the visitor's cluster managers and the programme's "
                    + "managers see an exchange");
        }
        return of(exchange);
    }

    /** The view of an exchange the caller has just moved (and so may see). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExchangeView of(Exchange exchange) {
        return ExchangeView.of(exchange, journal.history(exchange.id()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExchangeView> list(Exchanges.Filter filter) {
        Page<Exchange> page = exchanges.visible(filter);
        return new Page<>(page.items().stream().map(this::of).toList(), page.page(), page.size(), page.total());
    }
}
