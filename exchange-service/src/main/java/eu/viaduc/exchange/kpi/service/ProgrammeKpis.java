package eu.viaduc.exchange.kpi.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.platform.members.MembersDirectory;
import eu.viaduc.exchange.programme.model.CategoryTarget;
import eu.viaduc.exchange.programme.model.ParticipantCategory;
import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.exchange.programme.service.Programmes;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * A programme's KPIs, from the KPI read model: progress per category against its target, the country
 * pairs, value chains, budget, average stay and how long exchanges stay in each state. Counts are of
 * exchanges that hold a place (validated and after, not ended on the way) unless said otherwise.
 */
@ApplicationScoped
public class ProgrammeKpis {

    private static final String HOLDING = "('VALIDATED', 'MATCHED', 'AGREED', 'COMPLETED', 'CLOSED')";

    private final EntityManager entityManager;
    private final Programmes programmes;
    private final MembersDirectory directory;
    private final Caller caller;

    @Inject
    public ProgrammeKpis(EntityManager entityManager, Programmes programmes, MembersDirectory directory, Caller caller) {
        this.entityManager = entityManager;
        this.programmes = programmes;
        this.directory = directory;
        this.caller = caller;
    }

    @Schema(name = "CategoryProgress", examples = """
            {"category": "SME", "target": 75, "capped": true, "submitted": 4, "validated": 18, "agreed": 12, "completed": 7,
             "closed": 5}""")
    public record CategoryProgress(
            @Schema(nullable = true, description = "Null in the total over all categories") ParticipantCategory category,
            int target, boolean capped, long submitted,
            long validated, long agreed, long completed, long closed) {
    }

    @Schema(name = "CountryPair", examples = """
            {"visitorCountry": "BG", "hostCountry": "ES", "exchanges": 13}""")
    public record CountryPair(String visitorCountry, String hostCountry, long exchanges) {
    }

    @Schema(name = "ValueChainCount", examples = """
            {"valueChain": "textile", "exchanges": 15}""")
    public record ValueChain(String valueChain, long exchanges) {
    }

    @Schema(name = "KpiBudget", examples = """
            {"amount": 110000.00, "currency": "EUR", "committed": 21450.00, "due": 5950.00, "remaining": 88550.00}""")
    public record Budget(BigDecimal amount, String currency, BigDecimal committed, BigDecimal due, BigDecimal remaining) {
    }

    @Schema(name = "StateDuration", examples = """
            {"state": "SUBMITTED", "exchanges": 25, "averageDays": 3.208}""")
    public record StateDuration(String state, long exchanges, double averageDays) {
    }

    @Schema(name = "ProgrammeKpis", examples = """
            {"programmeId": "9b1e0000-0000-4000-8000-000000000001", "name": "CLOTH ClusterXchange",
             "categories": [
               {"category": "SME", "target": 75, "capped": true, "submitted": 4, "validated": 18,
                "agreed": 12, "completed": 7, "closed": 5},
               {"category": "CLUSTER_ORGANISATION", "target": 10, "capped": true, "submitted": 1, "validated": 3,
                "agreed": 2, "completed": 1, "closed": 1},
               {"category": "SUPPORT_ORGANISATION", "target": 5, "capped": true, "submitted": 0, "validated": 1,
                "agreed": 1, "completed": 0, "closed": 0},
               {"category": "LARGE_COMPANY", "target": 5, "capped": true, "submitted": 0, "validated": 0,
                "agreed": 0, "completed": 0, "closed": 0},
               {"category": "PUBLIC_BODY", "target": 5, "capped": true, "submitted": 1, "validated": 1,
                "agreed": 0, "completed": 0, "closed": 0}],
             "total": {"category": null, "target": 100, "capped": false, "submitted": 6, "validated": 23,
                       "agreed": 15, "completed": 8, "closed": 6},
             "countryPairs": [{"visitorCountry": "BG", "hostCountry": "ES", "exchanges": 13},
                              {"visitorCountry": "RO", "hostCountry": "FR", "exchanges": 10}],
             "valueChains": [{"valueChain": "textile", "exchanges": 15}, {"valueChain": "fashion", "exchanges": 8}],
             "budget": {"amount": 110000.00, "currency": "EUR", "committed": 21450.00, "due": 5950.00, "remaining": 88550.00},
             "averageStayWorkingDays": 4.35,
             "stateDurations": [{"state": "DRAFT", "exchanges": 32, "averageDays": 1.854},
                                {"state": "SUBMITTED", "exchanges": 25, "averageDays": 3.208}],
             "ended": 3}""")
    public record Kpis(UUID programmeId, String name, List<CategoryProgress> categories, CategoryProgress total,
            List<CountryPair> countryPairs, List<ValueChain> valueChains, Budget budget,
            @Schema(nullable = true, description = "Null while no exchange holds a place") Double averageStayWorkingDays,
            List<StateDuration> stateDurations, long ended) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Kpis of(UUID programmeId) {
        Programme programme = programmes.read(programmeId);
        if (!caller.mayManageAlliance(programme.allianceId())
                && directory.clustersOf(programme.allianceId()).stream().noneMatch(caller::managesCluster)) {
            throw ProblemException.forbidden("only the alliance's managers and its clusters' managers read the "
                    + "programme's KPIs");
        }
        Map<ParticipantCategory, long[]> counts = new EnumMap<>(ParticipantCategory.class);
        long ended = 0;
        for (Object row : rows("select category, state, count(*) from kpi_exchange where programme_id = :p group by 1, 2",
                programmeId)) {
            Object[] columns = (Object[]) row;
            long[] byStage = counts.computeIfAbsent(ParticipantCategory.valueOf((String) columns[0]), c -> new long[5]);
            long n = ((Number) columns[2]).longValue();
            switch ((String) columns[1]) {
                case "SUBMITTED" -> byStage[0] += n;
                case "VALIDATED", "MATCHED" -> byStage[1] += n;
                case "AGREED" -> { byStage[1] += n; byStage[2] += n; }
                case "COMPLETED" -> { byStage[1] += n; byStage[2] += n; byStage[3] += n; }
                case "CLOSED" -> { byStage[1] += n; byStage[2] += n; byStage[3] += n; byStage[4] += n; }
                case "REJECTED", "WITHDRAWN", "CANCELLED" -> ended += n;
                default -> { } // drafts are nobody's progress yet
            }
        }
        List<CategoryProgress> categories = new ArrayList<>();
        long[] totals = new long[5];
        int totalTarget = 0;
        for (ParticipantCategory category : ParticipantCategory.values()) {
            long[] byStage = counts.getOrDefault(category, new long[5]);
            CategoryTarget target = programme.target(category).orElse(new CategoryTarget(category, 0, false));
            categories.add(new CategoryProgress(category, target.target(), target.capped(), byStage[0], byStage[1],
                    byStage[2], byStage[3], byStage[4]));
            totalTarget += target.target();
            for (int i = 0; i < 5; i++) {
                totals[i] += byStage[i];
            }
        }
        List<CountryPair> pairs = rows("select visitor_country, host_country, count(*) from kpi_exchange where programme_id = :p"
                + " and state in " + HOLDING + " group by 1, 2 order by 1, 2", programmeId).stream().map(row -> {
                    Object[] c = (Object[]) row;
                    return new CountryPair((String) c[0], (String) c[1], ((Number) c[2]).longValue());
                }).toList();
        List<ValueChain> chains = rows("select value_chain, count(*) from kpi_exchange where programme_id = :p"
                + " and state in " + HOLDING + " group by 1 order by 2 desc, 1", programmeId).stream().map(row -> {
                    Object[] c = (Object[]) row;
                    return new ValueChain((String) c[0], ((Number) c[1]).longValue());
                }).toList();
        Object[] money = (Object[]) rows("select coalesce(sum(lump_sum), 0), coalesce(sum(lump_sum) filter (where state = 'CLOSED'), 0),"
                + " avg(working_days) from kpi_exchange where programme_id = :p and state in " + HOLDING, programmeId).get(0);
        BigDecimal committed = (BigDecimal) money[0];
        Budget budget = new Budget(programme.budget(), programme.currency(), committed, (BigDecimal) money[1],
                programme.budget().subtract(committed));
        Double averageStay = money[2] == null ? null
                : ((BigDecimal) money[2]).setScale(2, RoundingMode.HALF_UP).doubleValue();
        // each state lasts from its entry to the next state's entry
        List<StateDuration> durations = rows("""
                select state, count(*), avg(extract(epoch from next_at - at)) / 86400 from (
                    select e.key as state, (e.value #>> '{}')::timestamptz as at,
                        lead((e.value #>> '{}')::timestamptz) over (partition by k.exchange_id
                            order by (e.value #>> '{}')::timestamptz) as next_at
                    from kpi_exchange k, jsonb_each(k.entered) e where k.programme_id = :p) moves
                where next_at is not null group by state""", programmeId).stream().map(row -> {
                    Object[] c = (Object[]) row;
                    return new StateDuration((String) c[0], ((Number) c[1]).longValue(),
                            BigDecimal.valueOf(((Number) c[2]).doubleValue()).setScale(3, RoundingMode.HALF_UP).doubleValue());
                }).sorted(java.util.Comparator.comparing(d -> eu.viaduc.exchange.exchange.model.ExchangeState.valueOf(d.state())))
                .toList();
        return new Kpis(programme.id(), programme.name(), categories,
                new CategoryProgress(null, totalTarget, false, totals[0], totals[1], totals[2], totals[3], totals[4]),
                pairs, chains, budget, averageStay, durations, ended);
    }

    private List<?> rows(String sql, UUID programmeId) {
        return entityManager.createNativeQuery(sql).setParameter("p", programmeId).getResultList();
    }
}
