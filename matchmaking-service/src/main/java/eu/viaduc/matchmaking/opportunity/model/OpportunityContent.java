package eu.viaduc.matchmaking.opportunity.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the poster writes of an opportunity, checked and normalised: known competences, NACE codes in
 * their stored form (C13.92), ISO countries, ISO 639-1 languages, texts in the original language at least.
 */
public record OpportunityContent(OpportunityType type, String originalLanguage, Map<String, OpportunityText> texts,
        List<String> requiredCompetences, List<String> keywords, List<String> naceCodes, List<String> countriesSought,
        Integer quantity, String quantityUnit, LocalDate deadline) {

    public OpportunityContent {
        texts = Map.copyOf(texts);
        requiredCompetences = List.copyOf(requiredCompetences);
        keywords = List.copyOf(keywords);
        naceCodes = List.copyOf(naceCodes);
        countriesSought = List.copyOf(countriesSought);
    }
}
