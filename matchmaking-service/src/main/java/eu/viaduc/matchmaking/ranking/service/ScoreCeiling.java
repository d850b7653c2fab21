package eu.viaduc.matchmaking.ranking.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import eu.viaduc.matchmaking.ranking.model.Assessor;
import eu.viaduc.matchmaking.ranking.model.Factor;
import eu.viaduc.matchmaking.ranking.model.Need;
import eu.viaduc.matchmaking.ranking.model.Weights;
import eu.viaduc.taxonomy.Competences;

/**
 * The most a candidate can score for a need, as a PostgreSQL expression over {@code organisation_profile p},
 * so that the database hands ranking only the candidates that could reach the page asked for: at 100,000
 * organisations one competence family gives tens of thousands of candidates, too many to read and assess.
 * <p>
 * What is cheap in SQL is worked out there as {@link Assessor} does it, from the same constants: competence,
 * sector (over the NACE levels of {@code nace_prefixes}), geography, capacity, profile and the country half of
 * diversity. The rest is taken at its most: text 1 for an organisation sharing a word with the opportunity
 * ({@value #SHARING_WORDS}, found through the index; how many it shares costs a query per candidate), else 0;
 * and the cluster half of diversity 0.5 (it needs the memberships). A ceiling is therefore never below the
 * score; {@code ScoreCeilingTest} holds it so, and holds it within those two allowances.
 */
final class ScoreCeiling {

    /** The relation (id) the expression reads: the candidates whose offers share a word with the opportunity's text. */
    static final String SHARING_WORDS = "sharing_words";

    /** Above the noise of floating point between Java and SQL. */
    static final double SLACK = 0.01;

    private final List<Object> parameters = new ArrayList<>();

    /** An expression and the values of its placeholders, in order. */
    record Sql(String expression, List<Object> parameters) {
    }

    private ScoreCeiling() {
    }

    static Sql of(Need need, Weights weights, OffsetDateTime now) {
        ScoreCeiling ceiling = new ScoreCeiling();
        StringJoiner sum = new StringJoiner(" + ", "100 * (", ")");
        for (Factor factor : Factor.values()) {
            sum.add(real(weights.of(factor)) + " * (" + ceiling.factor(factor, need, now) + ")");
        }
        return new Sql(sum.toString(), List.copyOf(ceiling.parameters));
    }

    /**
     * One factor's value, or its most. Each placeholder is bound as its text is appended, so the text must be
     * written from left to right.
     */
    private String factor(Factor factor, Need need, OffsetDateTime now) {
        return switch (factor) {
            case COMPETENCE -> competence(need);
            case TEXT -> "case when p.id in (select id from " + SHARING_WORDS + ") then " + real(1) + " else 0 end";
            case SECTOR -> sector(need);
            case GEOGRAPHY -> geography(need);
            case DIVERSITY -> diversity(need);
            case CAPACITY -> capacity(need);
            case PROFILE -> profile(now);
        };
    }

    private String competence(Need need) {
        List<String> required = need.requiredCompetences();
        if (required.isEmpty()) {
            return real(Assessor.NEUTRAL);
        }
        StringJoiner coverage = new StringJoiner(" + ", "(", ") / " + real(required.size()));
        for (String competence : required) {
            List<String> family = Competences.familyOf(competence).map(Competences::inFamily).orElse(List.of());
            coverage.add("case when p.competences @> " + bind(new String[] {competence}) + " then " + real(1)
                    + " when p.competences && " + bind(family.toArray(String[]::new)) + " then " + real(0.5) + " else 0 end");
        }
        return coverage.toString();
    }

    /** The closest level any asked code shares with any offered one: inside it 1, group 0.75, division 0.5, section 0.25. */
    private String sector(Need need) {
        if (need.naceCodes().isEmpty()) {
            return real(Assessor.NEUTRAL);
        }
        if (need.naceCodes().stream().anyMatch(asked -> !List.of(1, 3, 5, 6).contains(asked.length()))) {
            return real(1); // not a stored code (C, C13, C13.9, C13.92): no level to look for, so take the most
        }
        StringJoiner best = new StringJoiner(", ", "greatest(", ")");
        for (String asked : need.naceCodes()) {
            StringBuilder fit = new StringBuilder("case when p.nace_prefixes && ").append(bind(new String[] {asked}))
                    .append(" then ").append(real(1));
            int[][] levels = {{5, 3}, {3, 2}, {1, 1}};
            for (int[] level : levels) {
                if (asked.length() > level[0]) {
                    fit.append(" when p.nace_prefixes && ").append(bind(new String[] {asked.substring(0, level[0])}))
                            .append(" then ").append(real(level[1] * 0.25));
                }
            }
            best.add(fit.append(" else 0 end").toString());
        }
        return best.toString();
    }

    private String geography(Need need) {
        if (!need.countriesSought().isEmpty()) {
            return "case when p.country = any(" + bind(need.countriesSought().toArray(String[]::new)) + ") then " + real(1)
                    + " else 0 end";
        }
        Need.Place poster = need.poster();
        StringBuilder nearness = new StringBuilder("case");
        Optional<String> region = Optional.ofNullable(poster.nutsRegion());
        if (region.filter(r -> r.length() >= 4).isPresent()) {
            nearness.append(" when length(p.nuts_region) >= 4 and left(p.nuts_region, 4) = ").append(bind(region.get().substring(0, 4)))
                    .append(" then ").append(real(Assessor.SAME_NUTS2));
        }
        if (region.filter(r -> r.length() >= 3).isPresent()) {
            nearness.append(" when length(p.nuts_region) >= 3 and left(p.nuts_region, 3) = ").append(bind(region.get().substring(0, 3)))
                    .append(" then ").append(real(Assessor.SAME_NUTS1));
        }
        if (poster.country() != null) {
            nearness.append(" when p.country = ").append(bind(poster.country())).append(" then ").append(real(Assessor.SAME_COUNTRY));
        }
        if (poster.hasPoint()) {
            // rounded to whole kilometres, as Assessor weighs it and the explanation gives it
            String km = "round(2 * " + real(Assessor.EARTH_KM) + " * asin(sqrt(power(sin(radians(p.latitude - " + bind(poster.latitude())
                    + ") / 2), 2) + cos(radians(" + bind(poster.latitude()) + ")) * cos(radians(p.latitude))"
                    + " * power(sin(radians(p.longitude - " + bind(poster.longitude()) + ") / 2), 2))))";
            nearness.append(" when p.latitude is not null and p.longitude is not null then ").append(real(Assessor.NEUTRAL))
                    .append(" * greatest(0, 1 - ").append(km).append(" / ").append(real(Assessor.FAR_KM)).append(")");
        }
        if (nearness.length() == "case".length()) {
            return real(Assessor.PLACE_UNKNOWN); // nothing known of the poster's place
        }
        return nearness.append(" else ").append(real(Assessor.PLACE_UNKNOWN)).append(" end").toString();
    }

    private String diversity(Need need) {
        String otherCluster = real(0.5); // at most: whether it shares a cluster with the poster needs the memberships
        if (need.poster().country() == null) {
            return otherCluster;
        }
        return "case when p.country is not null and p.country <> " + bind(need.poster().country()) + " then " + real(0.5)
                + " else 0 end + " + otherCluster;
    }

    private String capacity(Need need) {
        if (need.quantity() == null) {
            return real(Assessor.NEUTRAL);
        }
        StringBuilder capacity = new StringBuilder("case p.size_band");
        Assessor.CAPACITY.forEach((band, delivers) -> capacity.append(" when ").append(bind(band)).append(" then ")
                .append(real(Math.min(1, (double) delivers / need.quantity()))));
        return capacity.append(" else ").append(real(Assessor.UNKNOWN_CAPACITY)).append(" end").toString();
    }

    /** Half completeness ({@code profile_fields} counts the fields Assessor.missingFields looks at), half freshness. */
    private String profile(OffsetDateTime now) {
        // fresh while less than FRESH_DAYS + 1 whole days old; the days are worked out only for the others
        String freshness = "case when p.changed_at > " + bind(now.minusDays(Assessor.FRESH_DAYS + 1L)) + " then " + real(1)
                + " else greatest(0, 1 - (floor((" + bind((double) now.toEpochSecond() + now.getNano() / 1e9) + " - p.changed_epoch) / 86400) - "
                + Assessor.FRESH_DAYS + ") / " + real(Assessor.STALE_DAYS - Assessor.FRESH_DAYS) + ") end";
        return real(0.5) + " * p.profile_fields / " + real(Assessor.PROFILE_FIELDS) + " + " + real(0.5) + " * " + freshness;
    }

    /**
     * A constant of type double precision: PostgreSQL would take 0.5 as numeric, whose arithmetic over tens of
     * thousands of candidates costs several times as much.
     */
    private static String real(double value) {
        return "float8 '" + value + "'";
    }

    private String bind(Object value) {
        parameters.add(value);
        return "?";
    }
}
