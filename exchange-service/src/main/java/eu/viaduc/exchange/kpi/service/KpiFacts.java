package eu.viaduc.exchange.kpi.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One row per exchange, replaced by each newer event of it; an older or repeated event changes nothing. */
@ApplicationScoped
public class KpiFacts {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    @Inject
    public KpiFacts(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** What the KPIs need of an exchange, as its latest event said. */
    public record Fact(UUID exchangeId, long version, UUID programmeId, String category, String state,
            String visitorCountry, String hostCountry, String valueChain, int workingDays, BigDecimal lumpSum,
            Map<String, OffsetDateTime> enteredAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void put(Fact fact) {
        String entered;
        try {
            entered = mapper.writeValueAsString(fact.enteredAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entityManager.createNativeQuery("""
                insert into kpi_exchange (exchange_id, version, programme_id, category, state, visitor_country,
                    host_country, value_chain, working_days, lump_sum, entered)
                values (:id, :version, :programme, :category, :state, :visitorCountry, :hostCountry, :valueChain,
                    :workingDays, :lumpSum, cast(:entered as jsonb))
                on conflict (exchange_id) do update set version = excluded.version, category = excluded.category,
                    state = excluded.state, visitor_country = excluded.visitor_country,
                    host_country = excluded.host_country, value_chain = excluded.value_chain,
                    working_days = excluded.working_days, lump_sum = excluded.lump_sum, entered = excluded.entered
                where kpi_exchange.version < excluded.version""")
                .setParameter("id", fact.exchangeId()).setParameter("version", fact.version())
                .setParameter("programme", fact.programmeId()).setParameter("category", fact.category())
                .setParameter("state", fact.state()).setParameter("visitorCountry", fact.visitorCountry())
                .setParameter("hostCountry", fact.hostCountry()).setParameter("valueChain", fact.valueChain())
                .setParameter("workingDays", fact.workingDays()).setParameter("lumpSum", fact.lumpSum())
                .setParameter("entered", entered).executeUpdate();
    }
}
