package eu.viaduc.exchange.exchange.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.exchange.model.Exchange;
import eu.viaduc.exchange.exchange.model.ExchangeState;
import eu.viaduc.exchange.programme.model.ParticipantCategory;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.rest.Page;
import eu.viaduc.platform.security.Caller;

/** Finding exchanges, and the counts the programme's limits are checked against. */
@ApplicationScoped
public class Exchanges {

    private final EntityManager entityManager;
    private final Caller caller;

    @Inject
    public Exchanges(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Exchange read(UUID id) {
        Exchange exchange = entityManager.find(Exchange.class, id);
        if (exchange == null) {
            throw ProblemException.notFound("exchange", id);
        }
        return exchange;
    }

    /** The exchange, locked until the transaction ends: two moves of one exchange never interleave. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Exchange lock(UUID id) {
        Exchange exchange = entityManager.find(Exchange.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (exchange == null) {
            throw ProblemException.notFound("exchange", id);
        }
        return exchange;
    }

    /** The visitor's exchange in the programme that counts as its visit (submitted and not ended on the way). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Exchange> visitOf(UUID programmeId, UUID visitorOrganisationId) {
        return entityManager.createQuery("""
                select e from Exchange e where e.programmeId = :programme and e.visitorOrganisationId = :visitor
                and e.state not in :notVisits""", Exchange.class)
                .setParameter("programme", programmeId).setParameter("visitor", visitorOrganisationId)
                .setParameter("notVisits", List.of(ExchangeState.DRAFT, ExchangeState.REJECTED, ExchangeState.WITHDRAWN,
                        ExchangeState.CANCELLED))
                .getResultStream().findFirst();
    }

    /** Exchanges of the category holding a place (validated and after). Call with the programme locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long placesHeld(UUID programmeId, ParticipantCategory category) {
        return entityManager.createQuery("""
                select count(e) from Exchange e where e.programmeId = :programme and e.category = :category
                and e.state in :holding""", Long.class)
                .setParameter("programme", programmeId).setParameter("category", category)
                .setParameter("holding", ExchangeState.HOLDING_A_PLACE).getSingleResult();
    }

    /** Lump sums of the programme's exchanges holding a place. Call with the programme locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal committed(UUID programmeId) {
        BigDecimal sum = entityManager.createQuery("""
                select sum(e.lumpSum) from Exchange e where e.programmeId = :programme and e.state in :holding""",
                BigDecimal.class)
                .setParameter("programme", programmeId).setParameter("holding", ExchangeState.HOLDING_A_PLACE)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** What a caller looks for; every filter is optional. */
    public record Filter(UUID programmeId, ExchangeState state, UUID organisationId, int page, int size) {
    }

    /**
     * The exchanges the caller may see, newest first: those of organisations they act for (as visitor
     * or host), of programmes of alliances they manage, and of visitors who are active members of
     * clusters they manage; platform admins see all.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Exchange> visible(Filter filter) {
        StringBuilder where = new StringBuilder(" from exchange e join programme p on p.id = e.programme_id where true");
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.isPlatformAdmin()) {
            // a text block drops its first line's indentation: the space keeps "true" and "and" apart
            where.append(' ').append("""
                     and (e.visitor_organisation_id in (select target_id from affiliation where subject = :me and scope = 'ORGANISATION' and role in ('ADMIN', 'EDITOR'))
                       or e.host_organisation_id in (select target_id from affiliation where subject = :me and scope = 'ORGANISATION' and role in ('ADMIN', 'EDITOR'))
                       or p.alliance_id in (select target_id from affiliation where subject = :me and scope = 'ALLIANCE')
                       or exists (select 1 from member_membership m
                                  join affiliation a on a.target_id = m.cluster_id and a.scope = 'CLUSTER' and a.subject = :me
                                  join member_alliance_cluster ac on ac.cluster_id = m.cluster_id and ac.alliance_id = p.alliance_id
                                  where m.organisation_id = e.visitor_organisation_id and m.status = 'ACTIVE'))""");
            parameters.put("me", caller.id());
        }
        if (filter.programmeId() != null) {
            where.append(" and e.programme_id = :programme");
            parameters.put("programme", filter.programmeId());
        }
        if (filter.state() != null) {
            where.append(" and e.state = :state");
            parameters.put("state", filter.state().name());
        }
        if (filter.organisationId() != null) {
            where.append(" and (e.visitor_organisation_id = :organisation or e.host_organisation_id = :organisation)");
            parameters.put("organisation", filter.organisationId());
        }
        Query count = entityManager.createNativeQuery("select count(*)" + where);
        Query ids = entityManager.createNativeQuery("select e.id" + where + " order by e.created_at desc, e.id", UUID.class)
                .setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size());
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            ids.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<Exchange> items = ids.getResultList().stream().map(id -> entityManager.find(Exchange.class, id)).toList();
        return new Page<>(items, filter.page(), filter.size(), total);
    }
}
