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

@Schema(name = "Opportunity", description = "An opportunity, its text in the reader's language (see language) and all its texts",
        examples = """
                {"id": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10", "organisationId": "3f2e1d0c-9b8a-4765-8432-10fedcba9876",
                 "organisationName": "Santé Textile Hauts-de-France", "organisationCountry": "FR", "type": "URGENT_NEED",
                 "status": "PUBLISHED", "language": "en", "availableLanguages": ["en", "fr"], "originalLanguage": "fr",
                 "title": "FFP2 masks for hospitals in northern France",
                 "description": "We are looking for workshops able to sew masks.",
                 "texts": {"fr": {"title": "Masques FFP2 pour les hôpitaux du Nord",
                                  "description": "Nous cherchons des ateliers capables de coudre des masques."},
                           "en": {"title": "FFP2 masks for hospitals in northern France",
                                  "description": "We are looking for workshops able to sew masks."}},
                 "requiredCompetences": ["ppe-production"], "keywords": ["masks", "ffp2"], "naceCodes": ["C14"],
                 "countriesSought": ["FR", "BE"], "quantity": 200000, "quantityUnit": "masks", "deadline": "2027-01-31",
                 "publishedAt": "2026-12-01T09:00:00Z", "expiresAt": "2027-02-01T00:00:00Z", "closedAt": null,
                 "closeReason": null, "createdAt": "2026-11-30T16:20:00Z", "changedAt": "2026-12-01T09:00:00Z",
                 "version": 2, "provenance": null}""")
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
    @Schema(name = "OpportunityProvenance", examples = """
            {"platform": "partners-eu", "originalId": "OPP-2026-0412",
             "originalUrl": "https://partners.example.eu/opportunities/OPP-2026-0412",
             "organisationName": "Lanificio Biellese Srl"}""")
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
