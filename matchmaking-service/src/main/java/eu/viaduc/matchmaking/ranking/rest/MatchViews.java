package eu.viaduc.matchmaking.ranking.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.matchmaking.ranking.model.Assessment;
import eu.viaduc.matchmaking.ranking.model.Improvement;
import eu.viaduc.matchmaking.ranking.model.Ranking.Match;
import eu.viaduc.matchmaking.ranking.model.Sentences;
import eu.viaduc.matchmaking.ranking.model.Weights;

/** How rankings are shown: each score with its factors, each factor with its value, weight, points and reasons. */
public final class MatchViews {

    /** How every ranking scores, for the API's descriptions. */
    static final String FACTORS = "Each score is a sum of named factors (points = 100 x weight x value, value 0..1): "
            + "competence (0.35: each required competence offered exactly 1, through its vocabulary family 0.5), "
            + "text (0.10: words the organisation's offers and keywords share with the opportunity's text, stemmed per language, over the shorter of the two), "
            + "sector (0.15: NACE class or inside what is asked 1, group 0.75, division 0.5, section 0.25), "
            + "geography (0.15: in a country sought 1, else 0; none sought: the poster's NUTS-2 region 1, NUTS-1 0.8, "
            + "country 0.6, else 0.5 x (1 - km/2000)), diversity (0.05: another country 0.5, clusters the poster is not "
            + "in 0.5), capacity (0.10: size band against the quantity), profile (0.10: completeness and freshness). "
            + "Where the opportunity says nothing a factor weighs, that factor is neutral (0.5). Weights can be set "
            + "per request (weight.competence=0.6...), each 0..1, and are scaled to add up to 1. Explanations are "
            + "written in English, French or Dutch after Accept-Language. Ties go by id: the same data gives the same order.";

    private MatchViews() {
    }

    static List<Match> page(List<Match> ranked, int page, int size) {
        int from = Math.min(ranked.size(), page * size);
        return ranked.subList(from, Math.min(ranked.size(), from + size));
    }

    @Schema(name = "MatchFactor", description = "One named factor of a score: points = 100 x weight x value", examples = """
            {"factor": "geography", "value": 1.0, "weight": 0.15, "points": 15.0,
             "explanation": "BE is among the countries sought."}""")
    public record FactorView(
            @Schema(required = true, enumeration = {"competence", "text", "sector", "geography", "diversity", "capacity", "profile"})
            String factor,
            @Schema(required = true, description = "0..1") double value,
            @Schema(required = true, description = "This ranking's weight; the weights add up to 1") double weight,
            @Schema(required = true) double points,
            @Schema(required = true, description = "Why, in the response's language") String explanation) {

        public static List<FactorView> of(List<Assessment> factors, Weights weights, String language) {
            return factors.stream().map(a -> new FactorView(a.factor().key(), round(a.value()), round(weights.of(a.factor())),
                    round(a.points(weights)), Sentences.write(a.reasons(), language))).toList();
        }
    }

    @Schema(name = "ProfileImprovement", description = "What would raise the organisation's score for this opportunity",
            examples = """
                    {"action": "ADD_COMPETENCE", "competence": "medical-textiles", "points": 8.75, "explanation":
                     "Add the competence “Medical textiles” (medical-textiles) to your profile if you offer it."}""")
    public record ImprovementView(
            @Schema(required = true, enumeration = {"ADD_COMPETENCE", "DESCRIBE_OFFERS", "ADD_NACE_CODES", "COMPLETE_PROFILE", "REVIEW_PROFILE"})
            String action,
            @Schema(nullable = true, description = "The competence to add, for ADD_COMPETENCE") String competence,
            @Schema(required = true, description = "Points it would bring at most") double points,
            @Schema(required = true) String explanation) {

        static List<ImprovementView> of(List<Improvement> improvements, String language) {
            return improvements.stream().map(i -> new ImprovementView(i.action(), i.competence(), round(i.points()),
                    Sentences.write(i.message(), language))).toList();
        }
    }

    @Schema(name = "OrganisationMatch", examples = """
            {"organisationId": "5d1c7e0a-2b8f-4a6e-9c3d-7f0e1a2b3c4d", "name": "Atelier de Confection Tournai SRL",
             "country": "BE", "score": 84.5,
             "factors": [
              {"factor": "competence", "value": 1.0, "weight": 0.35, "points": 35.0,
               "explanation": "Covers 1 of the 1 required competences. Offers “PPE production (masks, gowns, gloves)”."},
              {"factor": "geography", "value": 1.0, "weight": 0.15, "points": 15.0,
               "explanation": "BE is among the countries sought."}]}""")
    public record OrganisationMatch(
            @Schema(required = true) UUID organisationId,
            @Schema(required = true) String name,
            @Schema(required = true) String country,
            @Schema(required = true, description = "Points out of 100: the sum of the factors' points") double score,
            @Schema(required = true) List<FactorView> factors) {
    }

    @Schema(name = "OpportunityMatch", examples = """
            {"opportunityId": "9e4d2c7b-5a1f-4e3d-b6c8-2f7a0e9d1b43", "type": "BUSINESS_REQUEST",
             "title": "Woven fabric for reusable surgical gowns", "organisationId": "3f2e1d0c-9b8a-4765-8432-10fedcba9876",
             "organisationName": "Santé Textile Hauts-de-France", "expiresAt": "2027-12-01T09:00:00Z", "score": 71.4,
             "factors": [
              {"factor": "competence", "value": 0.75, "weight": 0.35, "points": 26.25,
               "explanation": "Covers 2 of the 2 required competences. Offers “Weaving”. Offers “Technical textiles”,\
             of the same family as “Medical textiles” (half credit)."},
              {"factor": "geography", "value": 1.0, "weight": 0.15, "points": 15.0,
               "explanation": "BE is among the countries sought."}],
             "improvements": [
              {"action": "ADD_COMPETENCE", "competence": "medical-textiles", "points": 8.75,
               "explanation": "Add the competence “Medical textiles” (medical-textiles) to your profile if you offer it."},
              {"action": "COMPLETE_PROFILE", "competence": null, "points": 1.43,
               "explanation": "Fill in your profile: location, sizeBand."}]}""")
    public record OpportunityMatch(
            @Schema(required = true) UUID opportunityId,
            @Schema(required = true) String type,
            @Schema(required = true, description = "In the reader's language where written") String title,
            @Schema(required = true) UUID organisationId,
            @Schema(nullable = true, description = "The poster's name; null until its profile has reached matchmaking") String organisationName,
            OffsetDateTime expiresAt,
            @Schema(required = true) double score,
            @Schema(required = true) List<FactorView> factors,
            @Schema(required = true, description = "What would raise the score, the biggest gain first")
            List<ImprovementView> improvements) {
    }

    /** One page of a ranking, with the language and weights it was made with. */
    public record RankingPage<T>(
            @Schema(required = true, description = "The language of the explanations: en, fr or nl (Accept-Language)",
                    examples = "en") String language,
            @Schema(required = true, description = "The weight of each factor this ranking used (the defaults here)", examples = """
                    {"competence": 0.35, "text": 0.10, "sector": 0.15, "geography": 0.15, "diversity": 0.05,
                     "capacity": 0.10, "profile": 0.10}""") Map<String, Double> weights,
            @Schema(required = true) List<T> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true, description = "How many candidates there are in all; each page is in exact order") long total) {
    }

    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
