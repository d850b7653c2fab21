package eu.viaduc.matchmaking.ranking.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Something an organisation could do to its profile that would raise its score for a need, with the
 * points it would bring at most (the weights of this ranking), the biggest first.
 */
public record Improvement(String action, String competence, double points, Message message) {

    public static List<Improvement> suggest(Need need, Offer offer, Weights weights, Instant now) {
        List<Improvement> found = new ArrayList<>();
        int required = need.requiredCompetences().size();
        for (String competence : need.requiredCompetences()) {
            if (offer.competences().contains(competence)) {
                continue;
            }
            double gain = Assessor.relatedOffered(competence, offer).isPresent() ? 0.5 : 1;
            found.add(new Improvement("ADD_COMPETENCE", competence, 100 * weights.of(Factor.COMPETENCE) * gain / required,
                    Message.of("improve.competence", new Assessor.Labels(List.of(competence)), competence)));
        }
        if (offer.wordCount() == 0) {
            found.add(new Improvement("DESCRIBE_OFFERS", null, 100 * weights.of(Factor.TEXT), Message.of("improve.offers")));
        }
        if (offer.naceCodes().isEmpty() && !need.naceCodes().isEmpty()) {
            found.add(new Improvement("ADD_NACE_CODES", null, 100 * weights.of(Factor.SECTOR),
                    Message.of("improve.nace", String.join(", ", need.naceCodes()))));
        }
        List<String> missing = Assessor.missingFields(offer).stream()
                .filter(field -> !field.equals("competences") && !field.equals("naceCodes"))
                .toList();
        if (!missing.isEmpty()) {
            found.add(new Improvement("COMPLETE_PROFILE", null,
                    100 * weights.of(Factor.PROFILE) * 0.5 * missing.size() / Assessor.PROFILE_FIELDS,
                    Message.of("improve.fields", String.join(", ", missing))));
        }
        double freshnessGain = 1 - Assessor.freshness(Assessor.daysSinceChange(offer.facts(), now));
        if (freshnessGain > 0) {
            found.add(new Improvement("REVIEW_PROFILE", null, 100 * weights.of(Factor.PROFILE) * 0.5 * freshnessGain,
                    Message.of("improve.review", Assessor.daysSinceChange(offer.facts(), now))));
        }
        found.sort(Comparator.comparingDouble(Improvement::points).reversed());
        return found;
    }
}
