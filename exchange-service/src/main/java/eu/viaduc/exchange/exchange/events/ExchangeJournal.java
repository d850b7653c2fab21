package eu.viaduc.exchange.exchange.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.model.ExchangeState;
import eu.viaduc.platform.database.SqlTimes;
import eu.viaduc.platform.outbox.Outbox;

/**
 * Every move of an exchange goes through here: it is kept in the exchange's history (who, when, why)
 * and published as exchange.state-changed.v1 through the outbox, in the transaction of the move.
 * Keyed by exchange id; the event carries the whole exchange without personal data.
 */
@ApplicationScoped
public class ExchangeJournal {

    public static final String TOPIC = "viaduc.exchange.exchanges";
    public static final String STATE_CHANGED_V1 = "eu.viaduc.exchange.exchange.state-changed.v1";

    private final EntityManager entityManager;
    private final Outbox outbox;

    @Inject
    public ExchangeJournal(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /**
     * Records the move from {@code from} (null for a new draft) to the exchange's state, by {@code by};
     * a changed draft is a move from DRAFT to DRAFT.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(Exchange exchange, ExchangeState from, UUID allianceId, String by) {
        entityManager.flush();
        entityManager.createNativeQuery("""
                insert into exchange_move (exchange_id, seq, from_state, to_state, moved_at, moved_by, reason)
                values (:id, (select coalesce(max(seq), 0) + 1 from exchange_move where exchange_id = :id),
                        :from, :to, :at, :by, :reason)""")
                .setParameter("id", exchange.id()).setParameter("from", from == null ? null : from.name())
                .setParameter("to", exchange.state().name()).setParameter("at", exchange.changedAt())
                .setParameter("by", by).setParameter("reason", exchange.reason()).executeUpdate();
        outbox.append(TOPIC, STATE_CHANGED_V1, exchange.id().toString(), snapshot(exchange, from, allianceId));
    }

    /** The exchange's moves, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Move> history(UUID exchangeId) {
        List<?> rows = entityManager.createNativeQuery("""
                select from_state, to_state, moved_at, reason from exchange_move where exchange_id = :id order by seq""")
                .setParameter("id", exchangeId).getResultList();
        return rows.stream().map(row -> {
            Object[] columns = (Object[]) row;
            return new Move(columns[0] == null ? null : ExchangeState.valueOf((String) columns[0]),
                    ExchangeState.valueOf((String) columns[1]), atUtc(columns[2]), (String) columns[3]);
        }).toList();
    }

    private Snapshot snapshot(Exchange exchange, ExchangeState from, UUID allianceId) {
        Map<String, OffsetDateTime> entered = new LinkedHashMap<>();
        for (Move move : history(exchange.id())) {
            // a changed draft is journaled DRAFT -> DRAFT: a state is entered once, at its first move
            entered.putIfAbsent(move.to().name(), move.at());
        }
        return new Snapshot(exchange.id(), exchange.version(), exchange.programmeId(), allianceId, exchange.offerId(),
                exchange.visitorOrganisationId(), exchange.hostOrganisationId(), exchange.category().name(),
                exchange.visitorCountry(), exchange.hostCountry(), exchange.valueChain(), exchange.startsOn(),
                exchange.endsOn(), exchange.workingDays(), exchange.lumpSum().amount(), exchange.lumpSum().currency(),
                exchange.state().name(), from == null ? null : from.name(), exchange.reason(), entered,
                exchange.changedAt());
    }

    private static OffsetDateTime atUtc(Object value) {
        return SqlTimes.toOffsetDateTime(value).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** One move in an exchange's history. */
    public record Move(ExchangeState from, ExchangeState to, OffsetDateTime at, String reason) {
    }

    /** Data of exchange.state-changed.v1; see its JSON Schema in event-contracts. */
    public record Snapshot(UUID exchangeId, long version, UUID programmeId, UUID allianceId, UUID offerId,
            UUID visitorOrganisationId, UUID hostOrganisationId, String category, String visitorCountry,
            String hostCountry, String valueChain, LocalDate startsOn, LocalDate endsOn, int workingDays,
            BigDecimal lumpSum, String currency, String state, String previousState, String reason,
            Map<String, OffsetDateTime> enteredAt, OffsetDateTime changedAt) {
    }
}
