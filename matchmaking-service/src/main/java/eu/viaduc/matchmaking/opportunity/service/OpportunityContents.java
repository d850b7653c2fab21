package eu.viaduc.matchmaking.opportunity.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import eu.viaduc.matchmaking.opportunity.model.Lifetime;
import eu.viaduc.matchmaking.opportunity.model.OpportunityContent;
import eu.viaduc.matchmaking.opportunity.model.OpportunityText;
import eu.viaduc.matchmaking.opportunity.model.OpportunityType;
import eu.viaduc.matchmaking.opportunity.model.TextLanguages;
import eu.viaduc.matchmaking.opportunity.rest.OpportunityRequest;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.taxonomy.Competences;
import eu.viaduc.taxonomy.Countries;
import eu.viaduc.taxonomy.NaceCodes;

/**
 * Checks what a poster wrote against the shared code lists (the same ones members-service checks
 * profiles against, so that needs and competences speak one vocabulary) and the rules of each type,
 * and normalises it; every problem names its field.
 */
@ApplicationScoped
public class OpportunityContents {

    public OpportunityContent check(OpportunityRequest request) {
        OpportunityType type = request.type();
        Map<String, OpportunityText> texts = texts(request.texts());
        String original = request.originalLanguage();
        if (!texts.containsKey(original)) {
            throw ProblemException.invalid("originalLanguage", "'" + original + "' has no text; write the title in it");
        }
        Competences.requireAll("requiredCompetences", request.requiredCompetences());
        List<String> naceCodes = NaceCodes.canonical("naceCodes", request.naceCodes());
        List<String> countries = new ArrayList<>(new LinkedHashSet<>(request.countriesSought()));
        for (int i = 0; i < countries.size(); i++) {
            Countries.require("countriesSought[" + i + "]", countries.get(i));
        }
        LocalDate deadline = request.deadline();
        if (type.needsDeadline() && deadline == null) {
            throw ProblemException.invalid("deadline", "is required for a " + type);
        }
        if (Lifetime.isPast(deadline, Instant.now())) {
            throw ProblemException.invalid("deadline", "is past; today is " + LocalDate.now(ZoneOffset.UTC) + " (UTC)");
        }
        if (type.needsQuantity() && request.quantity() == null) {
            throw ProblemException.invalid("quantity", "is required for a " + type + ": how much is needed");
        }
        if (request.quantityUnit() != null && request.quantity() == null) {
            throw ProblemException.invalid("quantityUnit", "goes with a quantity");
        }
        List<String> keywords = request.keywords().stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        return new OpportunityContent(type, original, texts, List.copyOf(new LinkedHashSet<>(request.requiredCompetences())),
                keywords, naceCodes, countries, request.quantity(), strip(request.quantityUnit()), deadline);
    }

    private static Map<String, OpportunityText> texts(Map<String, OpportunityRequest.Text> sent) {
        Map<String, OpportunityText> texts = new TreeMap<>();
        sent.forEach((language, text) -> {
            if (!TextLanguages.isKnown(language)) {
                throw ProblemException.invalid("texts." + language, "is not one of the EU's languages (ISO 639-1: "
                        + String.join(", ", TextLanguages.EU) + ")");
            }
            if (text == null || text.title() == null || text.title().isBlank()) {
                throw ProblemException.invalid("texts." + language + ".title", "must not be blank");
            }
            texts.put(language, new OpportunityText(text.title().strip(), strip(text.description())));
        });
        return texts;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
