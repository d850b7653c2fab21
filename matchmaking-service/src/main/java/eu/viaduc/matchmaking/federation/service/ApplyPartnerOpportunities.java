package eu.viaduc.matchmaking.federation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import eu.viaduc.matchmaking.federation.model.FederationSource;
import eu.viaduc.matchmaking.opportunity.events.OpportunityEvents;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.model.OpportunityContent;
import eu.viaduc.matchmaking.opportunity.model.OpportunityStatus;
import eu.viaduc.matchmaking.opportunity.model.OpportunityType;
import eu.viaduc.matchmaking.opportunity.rest.OpportunityRequest;
import eu.viaduc.matchmaking.opportunity.service.OpportunityContents;
import eu.viaduc.matchmaking.opportunity.service.OpportunitySettings;
import eu.viaduc.platform.events.InvalidEventException;
import eu.viaduc.platform.problem.ProblemException;

/**
 * What a registered partner platform sends: an opportunity published (new, or its latest version), or
 * withdrawn. It is checked against the same code lists and rules as one posted here, and published
 * here with its provenance, so that search, ranking and alerts treat it like any other. Only the
 * platform that sent an opportunity can update or withdraw it: its id here follows from the platform.
 */
@ApplicationScoped
public class ApplyPartnerOpportunities {

    /** Data of eu.viaduc.federation.opportunity.published.v1 (see its JSON Schema). */
    public record Published(String originalId, String originalUrl, Organisation organisation, OpportunityType type,
            String originalLanguage, Map<String, OpportunityRequest.Text> texts, List<String> requiredCompetences,
            List<String> keywords, List<String> naceCodes, List<String> countriesSought, Integer quantity,
            String quantityUnit, LocalDate deadline) {

        /** The organisation on the partner platform that posted it. */
        public record Organisation(String name, String country) {
        }
    }

    /** Data of eu.viaduc.federation.opportunity.withdrawn.v1. */
    public record Withdrawn(String originalId, String reason) {
    }

    private final EntityManager entityManager;
    private final OpportunityContents contents;
    private final OpportunityEvents events;
    private final OpportunitySettings settings;

    @Inject
    public ApplyPartnerOpportunities(EntityManager entityManager, OpportunityContents contents, OpportunityEvents events,
            OpportunitySettings settings) {
        this.entityManager = entityManager;
        this.contents = contents;
        this.events = events;
        this.settings = settings;
    }

    public void published(FederationSource source, Published sent) {
        OpportunityContent content = checked(source, sent);
        Opportunity.Provenance provenance = new Opportunity.Provenance(source.id(), sent.originalId(), sent.originalUrl(),
                sent.organisation() == null ? null : sent.organisation().name());
        Instant now = Instant.now();
        Opportunity known = entityManager.find(Opportunity.class, source.opportunityId(sent.originalId()),
                LockModeType.PESSIMISTIC_WRITE);
        if (known == null) {
            Opportunity opportunity = Opportunity.fromPartner(source.opportunityId(sent.originalId()), source.organisationId(),
                    content, provenance, now);
            entityManager.persist(opportunity);
            opportunity.publish(now, settings.lifetime());
            events.append(OpportunityEvents.PUBLISHED_V1, opportunity);
            return;
        }
        if (known.status() == OpportunityStatus.CLOSED) {
            throw new InvalidEventException("opportunity '" + sent.originalId() + "' was withdrawn; a withdrawn opportunity "
                    + "is not published again: send it under a new originalId");
        }
        boolean expired = known.status() == OpportunityStatus.EXPIRED;
        if (expired) {
            known.renew(now, settings.lifetime());
        }
        known.revise(content, now);
        known.provenance(provenance);
        events.append(expired ? OpportunityEvents.RENEWED_V1 : OpportunityEvents.UPDATED_V1, known);
    }

    public void withdrawn(FederationSource source, Withdrawn sent) {
        Opportunity known = entityManager.find(Opportunity.class, source.opportunityId(sent.originalId()),
                LockModeType.PESSIMISTIC_WRITE);
        if (known == null || known.status() == OpportunityStatus.CLOSED) {
            return; // never received, or withdrawn already: nothing to do, and a repeat is harmless
        }
        boolean wasPublic = known.status() != OpportunityStatus.DRAFT;
        known.close("withdrawn by " + source.name() + (sent.reason() == null ? "" : ": " + sent.reason()), Instant.now());
        if (wasPublic) {
            events.append(OpportunityEvents.CLOSED_V1, known);
        }
    }

    private OpportunityContent checked(FederationSource source, Published sent) {
        try {
            return contents.check(new OpportunityRequest(source.organisationId(), sent.type(), sent.originalLanguage(),
                    sent.texts(), orEmpty(sent.requiredCompetences()), orEmpty(sent.keywords()), orEmpty(sent.naceCodes()),
                    orEmpty(sent.countriesSought()), sent.quantity(), sent.quantityUnit(), sent.deadline()));
        } catch (ProblemException e) {
            String fields = e.violations().stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
            throw new InvalidEventException("opportunity '" + sent.originalId() + "' refused: "
                    + (fields.isEmpty() ? e.getMessage() : fields));
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
