package eu.viaduc.matchmaking.opportunity.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.viaduc.platform.problem.ProblemException;

/**
 * An organisation's opportunity and its lifecycle: DRAFT -> PUBLISHED -> CLOSED | EXPIRED, with
 * renewal of a published or expired one. Every move checks the state it starts from here, so that no
 * caller can skip a rule.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Enumerated(EnumType.STRING)
    private OpportunityType type;
    @Enumerated(EnumType.STRING)
    private OpportunityStatus status;
    @Column(name = "original_language")
    private String originalLanguage;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, OpportunityText> texts;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_competences")
    private List<String> requiredCompetences;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> keywords;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "nace_codes")
    private List<String> naceCodes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "countries_sought")
    private List<String> countriesSought;
    private Integer quantity;
    @Column(name = "quantity_unit")
    private String quantityUnit;
    private LocalDate deadline;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
    @Column(name = "close_reason")
    private String closeReason;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Column(name = "origin_source")
    private String originSource;
    @Column(name = "origin_id")
    private String originId;
    @Column(name = "origin_url")
    private String originUrl;
    @Column(name = "origin_organisation")
    private String originOrganisation;
    @Version
    private long version;

    protected Opportunity() {
        // for JPA
    }

    public static Opportunity draft(UUID organisationId, OpportunityContent content, String author, Instant now) {
        Opportunity opportunity = new Opportunity();
        opportunity.id = UUID.randomUUID();
        opportunity.organisationId = organisationId;
        opportunity.status = OpportunityStatus.DRAFT;
        opportunity.createdBy = author;
        opportunity.createdAt = at(now);
        opportunity.write(content, now);
        return opportunity;
    }

    /**
     * A draft of what a registered partner platform sent: its id follows from the platform and the
     * partner's own id, so only that platform's events can ever reach it again.
     */
    public static Opportunity fromPartner(UUID id, UUID organisationId, OpportunityContent content, Provenance provenance,
            Instant now) {
        Opportunity opportunity = draft(organisationId, content, "federation:" + provenance.source(), now);
        opportunity.id = id;
        opportunity.originSource = provenance.source();
        opportunity.originId = provenance.originalId();
        opportunity.provenance(provenance);
        return opportunity;
    }

    /** The partner's page and organisation name may change with each of its events. */
    public void provenance(Provenance provenance) {
        if (originSource == null || !originSource.equals(provenance.source()) || !originId.equals(provenance.originalId())) {
            throw new IllegalStateException("provenance of another source or opportunity");
        }
        originUrl = provenance.originalUrl();
        originOrganisation = provenance.organisationName();
    }

    /** Where it came from, when a partner platform sent it; null for opportunities posted here. */
    public Provenance provenance() {
        return originSource == null ? null : new Provenance(originSource, originId, originUrl, originOrganisation);
    }

    /** A partner platform (its registered id), its own id and page of the opportunity, and the organisation there. */
    public record Provenance(String source, String originalId, String originalUrl, String organisationName) {
    }

    /**
     * New content. A published opportunity stays published: a partner search then lives until its new
     * call deadline, and a deadline before the current end shortens the life of the others (a later one
     * does not lengthen it: that is what renewal is for).
     */
    public void revise(OpportunityContent content, Instant now) {
        requireStatus("revised", OpportunityStatus.DRAFT, OpportunityStatus.PUBLISHED);
        write(content, now);
        if (status == OpportunityStatus.PUBLISHED) {
            requireDeadlineAhead(now);
            if (deadline != null) {
                OffsetDateTime deadlineEnds = at(Lifetime.endOf(deadline));
                if (type.livesUntilDeadline() || deadlineEnds.isBefore(expiresAt)) {
                    expiresAt = deadlineEnds;
                }
            }
        }
    }

    public void publish(Instant now, Duration lifetime) {
        requireStatus("published", OpportunityStatus.DRAFT);
        requireDeadlineAhead(now);
        status = OpportunityStatus.PUBLISHED;
        publishedAt = at(now);
        expiresAt = at(Lifetime.expiresAt(type, deadline, now, lifetime));
        changedAt = at(now);
    }

    /** Another lifetime from now; a partner search lives until its call's deadline and is renewed by moving that. */
    public void renew(Instant now, Duration lifetime) {
        requireStatus("renewed", OpportunityStatus.PUBLISHED, OpportunityStatus.EXPIRED);
        if (type.livesUntilDeadline()) {
            throw ProblemException.conflict("a PARTNER_SEARCH lives until its call's deadline; change the deadline instead");
        }
        requireDeadlineAhead(now);
        status = OpportunityStatus.PUBLISHED;
        expiresAt = at(Lifetime.expiresAt(type, deadline, now, lifetime));
        changedAt = at(now);
    }

    public void close(String reason, Instant now) {
        requireStatus("closed", OpportunityStatus.DRAFT, OpportunityStatus.PUBLISHED, OpportunityStatus.EXPIRED);
        status = OpportunityStatus.CLOSED;
        closedAt = at(now);
        closeReason = reason;
        changedAt = at(now);
    }

    /** By the expiry job, once its time is up. */
    public void expire(Instant now) {
        requireStatus("expired", OpportunityStatus.PUBLISHED);
        status = OpportunityStatus.EXPIRED;
        changedAt = at(now);
    }

    public boolean isPublished() {
        return status == OpportunityStatus.PUBLISHED;
    }

    private void write(OpportunityContent content, Instant now) {
        type = content.type();
        originalLanguage = content.originalLanguage();
        texts = content.texts();
        requiredCompetences = content.requiredCompetences();
        keywords = content.keywords();
        naceCodes = content.naceCodes();
        countriesSought = content.countriesSought();
        quantity = content.quantity();
        quantityUnit = content.quantityUnit();
        deadline = content.deadline();
        changedAt = at(now);
    }

    private void requireDeadlineAhead(Instant now) {
        if (Lifetime.isPast(deadline, now)) {
            throw ProblemException.invalid("deadline", "is past; set a deadline from today on");
        }
    }

    private void requireStatus(String move, OpportunityStatus... allowed) {
        for (OpportunityStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw ProblemException.conflict("the opportunity is " + status + " and cannot be " + move);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public OpportunityType type() {
        return type;
    }

    public OpportunityStatus status() {
        return status;
    }

    public String originalLanguage() {
        return originalLanguage;
    }

    public Map<String, OpportunityText> texts() {
        return Map.copyOf(texts);
    }

    public List<String> requiredCompetences() {
        return List.copyOf(requiredCompetences);
    }

    public List<String> keywords() {
        return List.copyOf(keywords);
    }

    public List<String> naceCodes() {
        return List.copyOf(naceCodes);
    }

    public List<String> countriesSought() {
        return List.copyOf(countriesSought);
    }

    public Integer quantity() {
        return quantity;
    }

    public String quantityUnit() {
        return quantityUnit;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String closeReason() {
        return closeReason;
    }

    public String createdBy() {
        return createdBy;
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
