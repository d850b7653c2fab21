package eu.viaduc.matchmaking.opportunity.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.model.OpportunityText;
import eu.viaduc.matchmaking.opportunity.model.TextLanguages;

@Schema(name = "Opportunity", description = "An opportunity, its text in the reader's language (see language) and all its texts")
public record OpportunityView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID organisationId,
        @Schema(nullable = true, description = "The poster's name from matchmaking's read model; null until its profile has arrived")
        String organisationName,
        @Schema(nullable = true) String organisationCountry,
        @Schema(required = true) String type,
        @Schema(required = true, enumeration = {"DRAFT", "PUBLISHED", "CLOSED", "EXPIRED"}) String status,
        @Schema(required = true, description = "The language of title and description: the reader's first language "
                + "(Accept-Language) that the opportunity is written in, else its original language, else English")
        String language,
        @Schema(required = true) List<String> availableLanguages,
        @Schema(required = true) String originalLanguage,
        @Schema(required = true) String title,
        @Schema(nullable = true) String description,
        @Schema(required = true) Map<String, OpportunityText> texts,
        @Schema(required = true) List<String> requiredCompetences,
        @Schema(required = true) List<String> keywords,
        @Schema(required = true) List<String> naceCodes,
        @Schema(required = true, description = "Empty: partners anywhere") List<String> countriesSought,
        @Schema(nullable = true) Integer quantity,
        @Schema(nullable = true) String quantityUnit,
        @Schema(nullable = true) LocalDate deadline,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true, description = "When it expires unless renewed (a partner search: at the end of its call's deadline day, UTC)")
        OffsetDateTime expiresAt,
        @Schema(nullable = true) OffsetDateTime closedAt,
        @Schema(nullable = true) String closeReason,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime changedAt,
        @Schema(required = true, description = "Send it back in If-Match to revise") long version,
        @Schema(nullable = true, description = "Where it came from when another EU platform sent it (viaduc.federation.inbound); null when posted here")
        Provenance provenance) {

    /** A partner platform's opportunity: the platform (its registered id), its own id and page, its organisation. */
    @Schema(name = "OpportunityProvenance")
    public record Provenance(@Schema(required = true) String platform, @Schema(required = true) String originalId,
            @Schema(nullable = true) String originalUrl, @Schema(nullable = true) String organisationName) {
    }

    /** Who posted it, as matchmaking's read model knows them (both null if not yet). */
    public record Poster(String name, String country) {
    }

    public static OpportunityView of(Opportunity o, Poster poster, List<Locale> acceptable) {
        Map<String, OpportunityText> texts = o.texts();
        String language = TextLanguages.negotiate(acceptable, texts.keySet(), o.originalLanguage());
        OpportunityText text = texts.get(language);
        return new OpportunityView(o.id(), o.organisationId(), poster.name(), poster.country(), o.type().name(),
                o.status().name(), language, List.copyOf(new TreeSet<>(texts.keySet())), o.originalLanguage(),
                text.title(), text.description(), texts, o.requiredCompetences(), o.keywords(), o.naceCodes(),
                o.countriesSought(), o.quantity(), o.quantityUnit(), o.deadline(), o.publishedAt(), o.expiresAt(),
                o.closedAt(), o.closeReason(), o.createdAt(), o.changedAt(), o.version(),
                o.provenance() == null ? null : new Provenance(o.provenance().source(), o.provenance().originalId(),
                        o.provenance().originalUrl(), o.provenance().organisationName()));
    }
}
