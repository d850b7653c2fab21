package eu.viaduc.exchange.programme.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

/**
 * An alliance's exchange programme: its period, stay rules, targets per participant category,
 * lump sums per host country and budget.
 */
@Entity
public class Programme {

    @Id
    private UUID id;
    @Column(name = "alliance_id")
    private UUID allianceId;
    private String name;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "min_working_days")
    private int minWorkingDays;
    @Column(name = "max_working_days")
    private int maxWorkingDays;
    private BigDecimal budget;
    private String currency;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_target", joinColumns = @JoinColumn(name = "programme_id"))
    private List<CategoryTarget> targets = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_lump_sum", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyColumn(name = "host_country")
    @Column(name = "amount")
    private Map<String, BigDecimal> lumpSums = new TreeMap<>();
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Version
    private long version;

    protected Programme() {
        // for JPA
    }

    public static Programme create(UUID allianceId, ProgrammeSettings settings, String createdBy) {
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.allianceId = allianceId;
        programme.createdBy = createdBy;
        programme.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        programme.apply(settings);
        return programme;
    }

    public void change(ProgrammeSettings settings) {
        apply(settings);
    }

    private void apply(ProgrammeSettings settings) {
        name = settings.name();
        startsOn = settings.startsOn();
        endsOn = settings.endsOn();
        minWorkingDays = settings.minWorkingDays();
        maxWorkingDays = settings.maxWorkingDays();
        targets.clear();
        targets.addAll(settings.targets());
        lumpSums.clear();
        lumpSums.putAll(settings.lumpSums());
        budget = settings.budget();
        currency = settings.currency();
        changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public boolean covers(LocalDate from, LocalDate until) {
        return !from.isBefore(startsOn) && !until.isAfter(endsOn);
    }

    public Optional<CategoryTarget> target(ParticipantCategory category) {
        return targets.stream().filter(target -> target.category() == category).findFirst();
    }

    public Optional<BigDecimal> lumpSum(String hostCountry) {
        return Optional.ofNullable(lumpSums.get(hostCountry));
    }

    public UUID id() {
        return id;
    }

    public UUID allianceId() {
        return allianceId;
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public int minWorkingDays() {
        return minWorkingDays;
    }

    public int maxWorkingDays() {
        return maxWorkingDays;
    }

    public BigDecimal budget() {
        return budget;
    }

    public String currency() {
        return currency;
    }

    public List<CategoryTarget> targets() {
        return List.copyOf(targets);
    }

    public Map<String, BigDecimal> lumpSums() {
        return new TreeMap<>(lumpSums);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
