package eu.viaduc.exchange.exchange.service;

import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.events.ExchangeJournal;
import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.model.ExchangeState;
import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.exchange.programme.service.Programmes;

/**
 * The frame of every move after the application: lock the exchange, let the operation check who may
 * move it and move it, then journal the move (history and event) if the state changed.
 */
@ApplicationScoped
public class ExchangeMoves {

    private final Exchanges exchanges;
    private final Programmes programmes;
    private final ExchangeJournal journal;
    private final ExchangeParties parties;

    @Inject
    public ExchangeMoves(Exchanges exchanges, Programmes programmes, ExchangeJournal journal, ExchangeParties parties) {
        this.exchanges = exchanges;
        this.programmes = programmes;
        this.journal = journal;
        this.parties = parties;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Exchange move(UUID id, BiConsumer<Exchange, Programme> operation) {
        return frame(id, operation, false);
    }

    /** A change that keeps the state (a draft edited) but that readers of the exchange events must see. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Exchange change(UUID id, BiConsumer<Exchange, Programme> operation) {
        return frame(id, operation, true);
    }

    private Exchange frame(UUID id, BiConsumer<Exchange, Programme> operation, boolean journalEvenInPlace) {
        Exchange exchange = exchanges.lock(id);
        Programme programme = programmes.read(exchange.programmeId());
        ExchangeState from = exchange.state();
        operation.accept(exchange, programme);
        if (exchange.state() != from || journalEvenInPlace) {
            journal.moved(exchange, from, programme.allianceId(), parties.who());
        }
        return exchange;
    }
}
