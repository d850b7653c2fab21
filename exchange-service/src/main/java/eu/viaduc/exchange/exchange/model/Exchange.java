package eu.viaduc.exchange.exchange.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.viaduc.exchange.programme.model.ParticipantCategory;
import eu.viaduc.exchange.programme.service.LumpSumRules.LumpSum;
import eu.viaduc.platform.problem.ProblemException;

/** A short stay of a visitor organisation's person at a host organisation, within a programme. */
@Entity
public class Exchange {

    @Id
    private UUID id;
    @Column(name = "programme_id")
    private UUID programmeId;
    @Column(name = "offer_id")
    private UUID offerId;
    @Column(name = "visitor_organisation_id")
    private UUID visitorOrganisationId;
    @Column(name = "host_organisation_id")
    private UUID hostOrganisationId;
    @Enumerated(EnumType.STRING)
    private ParticipantCategory category;
    @Column(name = "visitor_country")
    private String visitorCountry;
    @Column(name = "host_country")
    private String hostCountry;
    @Column(name = "value_chain")
    private String valueChain;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private String objectives;
    @Column(name = "person_name")
    private String personName;
    @Column(name = "person_email")
    private String personEmail;
    @Column(name = "contact_id")
    private UUID contactId;
    @Column(name = "personal_data_erased_at")
    private OffsetDateTime personalDataErasedAt;
    @Enumerated(EnumType.STRING)
    private ExchangeState state;
    private String reason;
    @Column(name = "working_days")
    private int workingDays;
    @Column(name = "lump_sum")
    private BigDecimal lumpSum;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lump_sum_basis")
    private LumpSum lumpSumBasis;
    @Column(name = "visitor_signed_at")
    private OffsetDateTime visitorSignedAt;
    @Column(name = "host_signed_at")
    private OffsetDateTime hostSignedAt;
    private String report;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> outcomes;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Version
    private long version;

    protected Exchange() {
        // for JPA
    }

    public static Exchange draft(StayTerms terms, String objectives, VisitingPerson person, String createdBy) {
        Exchange exchange = new Exchange();
        exchange.id = UUID.randomUUID();
        exchange.state = ExchangeState.DRAFT;
        exchange.apply(terms);
        exchange.objectives = objectives;
        exchange.personName = person.name();
        exchange.personEmail = person.email();
        exchange.contactId = person.contactId();
        exchange.createdBy = createdBy;
        exchange.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        exchange.changedAt = exchange.createdAt;
        return exchange;
    }

    /** The visitor changes its draft: new terms (checked by the rules), objectives and visiting person. */
    public void changeDraft(StayTerms terms, String newObjectives, VisitingPerson person) {
        requireState(Set.of(ExchangeState.DRAFT));
        apply(terms);
        objectives = newObjectives;
        personName = person.name();
        personEmail = person.email();
        contactId = person.contactId();
        changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The rules were checked again on submission: the stay's terms as they are now. */
    public void submit(StayTerms terms) {
        move(Set.of(ExchangeState.DRAFT), ExchangeState.SUBMITTED, null);
        apply(terms);
    }

    public void validate() {
        move(Set.of(ExchangeState.SUBMITTED), ExchangeState.VALIDATED, null);
    }

    /** The visitor's cluster refuses the application, or the host declines it. */
    public void reject(String why) {
        move(Set.of(ExchangeState.SUBMITTED, ExchangeState.VALIDATED), ExchangeState.REJECTED, why);
    }

    public void acceptHosting() {
        move(Set.of(ExchangeState.VALIDATED), ExchangeState.MATCHED, null);
    }

    /** One side signs the quality commitment; the second signature makes the exchange AGREED. */
    public void sign(boolean forVisitor, boolean forHost) {
        requireState(Set.of(ExchangeState.MATCHED));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (forVisitor && visitorSignedAt == null) {
            visitorSignedAt = now;
        }
        if (forHost && hostSignedAt == null) {
            hostSignedAt = now;
        }
        changedAt = now;
        if (visitorSignedAt != null && hostSignedAt != null) {
            move(Set.of(ExchangeState.MATCHED), ExchangeState.AGREED, null);
        }
    }

    public void fileClosingReport(String text, List<String> outcomesOfTheStay, LocalDate today) {
        requireState(Set.of(ExchangeState.AGREED));
        if (today.isBefore(endsOn)) {
            throw ProblemException.conflict("the stay ends on " + endsOn + ": its closing report comes after it");
        }
        report = text;
        outcomes = List.copyOf(outcomesOfTheStay);
        move(Set.of(ExchangeState.AGREED), ExchangeState.COMPLETED, null);
    }

    public void close() {
        move(Set.of(ExchangeState.COMPLETED), ExchangeState.CLOSED, null);
    }

    public void withdraw(String why) {
        move(Set.of(ExchangeState.DRAFT, ExchangeState.SUBMITTED, ExchangeState.VALIDATED, ExchangeState.MATCHED,
                ExchangeState.AGREED), ExchangeState.WITHDRAWN, why);
    }

    public void cancel(String why) {
        move(Set.of(ExchangeState.SUBMITTED, ExchangeState.VALIDATED, ExchangeState.MATCHED, ExchangeState.AGREED),
                ExchangeState.CANCELLED, why);
    }

    /** The visiting person's name and e-mail are forgotten; the exchange stays, anonymous, for the KPIs. */
    public void erasePersonalData() {
        personName = null;
        personEmail = null;
        contactId = null;
        if (personalDataErasedAt == null) {
            personalDataErasedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    /** A 409 naming the state unless the exchange is in one of these. */
    public void requireState(Set<ExchangeState> allowed) {
        if (!allowed.contains(state)) {
            throw ProblemException.conflict("the exchange is " + state + "; this needs it to be "
                    + allowed.stream().sorted().map(Enum::name).reduce((a, b) -> a + " or " + b).orElse(""));
        }
    }

    private void move(Set<ExchangeState> from, ExchangeState to, String why) {
        requireState(from);
        state = to;
        reason = why;
        changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private void apply(StayTerms terms) {
        programmeId = terms.programmeId();
        offerId = terms.offerId();
        visitorOrganisationId = terms.visitorOrganisationId();
        hostOrganisationId = terms.hostOrganisationId();
        category = terms.category();
        visitorCountry = terms.visitorCountry();
        hostCountry = terms.hostCountry();
        valueChain = terms.valueChain();
        startsOn = terms.startsOn();
        endsOn = terms.endsOn();
        workingDays = terms.lumpSum().workingDays();
        lumpSum = terms.lumpSum().amount();
        lumpSumBasis = terms.lumpSum();
    }

    public UUID id() {
        return id;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public UUID offerId() {
        return offerId;
    }

    public UUID visitorOrganisationId() {
        return visitorOrganisationId;
    }

    public UUID hostOrganisationId() {
        return hostOrganisationId;
    }

    public ParticipantCategory category() {
        return category;
    }

    public String visitorCountry() {
        return visitorCountry;
    }

    public String hostCountry() {
        return hostCountry;
    }

    public String valueChain() {
        return valueChain;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String objectives() {
        return objectives;
    }

    public VisitingPerson person() {
        return new VisitingPerson(personName, personEmail, contactId);
    }

    public OffsetDateTime personalDataErasedAt() {
        return personalDataErasedAt;
    }

    public ExchangeState state() {
        return state;
    }

    public String reason() {
        return reason;
    }

    public int workingDays() {
        return workingDays;
    }

    public LumpSum lumpSum() {
        return lumpSumBasis;
    }

    public OffsetDateTime visitorSignedAt() {
        return visitorSignedAt;
    }

    public OffsetDateTime hostSignedAt() {
        return hostSignedAt;
    }

    public String report() {
        return report;
    }

    public List<String> outcomes() {
        return outcomes == null ? List.of() : outcomes;
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
