package eu.viaduc.matchmaking.ranking.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.viaduc.taxonomy.Competences;

/**
 * Values each factor of a match between a need and an offer, with the reasons a person can check by
 * hand. Where the opportunity says nothing a factor could weigh (no sector, no quantity), the factor is
 * neutral (0.5): it neither helps nor hurts anyone.
 */
public final class Assessor {

    private static final double NEUTRAL = 0.5;
    private static final double UNKNOWN_CAPACITY = 0.3;
    private static final double SAME_NUTS2 = 1;
    private static final double SAME_NUTS1 = 0.8;
    private static final double SAME_COUNTRY = 0.6;
    private static final double PLACE_UNKNOWN = 0.2;
    private static final int FRESH_DAYS = 180;
    private static final int STALE_DAYS = 3 * 365;
    private static final double EARTH_KM = 6371.0;
    private static final double FAR_KM = 2000.0;
    private static final int SHOWN_WORDS = 8;
    /** competences, keywords, offers, NACE codes, NUTS region, location, size band */
    public static final int PROFILE_FIELDS = 7;

    private static final Factor[] FACTORS = Factor.values();

    private Assessor() {
    }

    /**
     * Where a factor puts its reasons when a match is explained; null when only its score is wanted. Each
     * factor is written once, for both; its reasons are written only when asked for, since scoring tens of
     * thousands of candidates must not build (and collect) their sentences' values. A factor reads its value
     * from the offer's row of an {@link OfferTable} alone, and the offer itself only to write a reason:
     * scoring passes no offer, and reads the candidates' facts column by column.
     */
    private interface Reasons {
        void add(String key, Object... args);
    }

    /** Each factor with its value and reasons, in the order of {@link Factor}. */
    public static List<Assessment> assess(Need need, Offer offer, Instant now) {
        List<Assessment> factors = new ArrayList<>(FACTORS.length);
        OfferTable at = OfferTable.of(offer.facts());
        for (Factor factor : FACTORS) {
            factors.add(assessment(factor, need, offer, at, now));
        }
        return factors;
    }

    /**
     * The sum of {@link #assess}'s points, without writing a reason: what ranking works out for every
     * candidate before it explains the page (the same values, added in the same order, so equal to the digit).
     */
    public static double score(Need need, Offer offer, Weights weights, Instant now) {
        return score(need, offer, OfferTable.of(offer.facts()), 0, weights, now);
    }

    /** As {@link #score(Need, Offer, Weights, Instant)}, with the offer's facts in a table's row. */
    public static double score(Need need, Offer offer, OfferTable at, int row, Weights weights, Instant now) {
        Offer.TextOverlap overlap = offer.text();
        return overlap == null ? score(need, at, row, 0, 0, weights, now)
                : score(need, at, row, overlap.sharedWords().size(), overlap.needWords(), weights, now);
    }

    /**
     * As {@link #score(Need, Offer, Weights, Instant)}, for the offer in a table's row, with how many words it
     * shares with the need's text given apart, so that no overlap has to be made to score it.
     */
    public static double score(Need need, OfferTable at, int row, int sharedWords, int needWords, Weights weights,
            Instant now) {
        double score = 0;
        for (Factor factor : FACTORS) {
            double value = factor == Factor.TEXT ? textValue(at.wordCount[row], sharedWords, needWords)
                    : value(factor, need, at, row, null, now, null);
            score += 100 * weights.of(factor) * value;
        }
        return score;
    }

    static Assessment assessment(Factor factor, Need need, Offer offer, Instant now) {
        return assessment(factor, need, offer, OfferTable.of(offer.facts()), now);
    }

    private static Assessment assessment(Factor factor, Need need, Offer offer, OfferTable at, Instant now) {
        List<Message> reasons = new ArrayList<>(2);
        double value = value(factor, need, at, 0, offer, now, (key, args) -> reasons.add(Message.of(key, args)));
        return new Assessment(factor, value, reasons);
    }

    /** {@code offer} is null when scoring (no reasons); the text factor is then worked out by the caller. */
    private static double value(Factor factor, Need need, OfferTable at, int row, Offer offer, Instant now,
            Reasons reasons) {
        return switch (factor) {
            case COMPETENCE -> competence(need, at, row, offer, reasons);
            case TEXT -> text(offer, reasons);
            case SECTOR -> sector(need, at, row, offer, reasons);
            case GEOGRAPHY -> geography(need, at, row, offer, reasons);
            case DIVERSITY -> diversity(need, at, row, offer, reasons);
            case CAPACITY -> capacity(need, at, row, offer, reasons);
            case PROFILE -> profile(at, row, now, reasons);
        };
    }

    static Assessment sector(Need need, Offer offer) {
        return assessment(Factor.SECTOR, need, offer, null);
    }

    static Assessment geography(Need need, Offer offer) {
        return assessment(Factor.GEOGRAPHY, need, offer, null);
    }

    static Assessment capacity(Need need, Offer offer) {
        return assessment(Factor.CAPACITY, need, offer, null);
    }

    /** Exact 1, same family 0.5, else 0, averaged over the required competences. */
    private static double competence(Need need, OfferTable at, int row, Offer offer, Reasons reasons) {
        CompetenceSet required = need.facts().required;
        if (required.size() == 0) {
            if (reasons != null) {
                reasons.add("competence.none");
            }
            return NEUTRAL;
        }
        int exact = 0;
        int related = 0;
        for (int i = 0; i < required.size(); i++) {
            int bit = required.bit(i);
            if (bit < 0 ? at.offered[row].containsId(required.id(i))
                    : CompetenceSet.holdsBit(at.competenceLow[row], at.competenceHigh[row], bit)) {
                exact++;
            } else if (CompetenceSet.holdsFamily(at.competenceFamilies[row], bit)) {
                related++;
            }
        }
        double value = (exact + 0.5 * related) / required.size();
        if (reasons != null) {
            explainCompetence(need.requiredCompetences(), offer, exact + related, reasons);
        }
        return value;
    }

    private static void explainCompetence(List<String> required, Offer offer, int covered, Reasons reasons) {
        List<String> exact = required.stream().filter(offer.competences()::contains).toList();
        List<String> missing = required.stream()
                .filter(c -> !offer.competences().contains(c) && relatedOffered(c, offer).isEmpty()).toList();
        reasons.add("competence.coverage", covered, required.size());
        if (!exact.isEmpty()) {
            reasons.add("competence.exact", new Labels(exact));
        }
        for (String competence : required) {
            if (!offer.competences().contains(competence)) {
                relatedOffered(competence, offer).ifPresent(offered -> reasons.add("competence.related",
                        new Labels(List.of(competence)), new Labels(List.of(offered))));
            }
        }
        if (!missing.isEmpty()) {
            reasons.add("competence.missing", new Labels(missing));
        }
    }

    /** A competence the organisation offers in the same family as the required one (the first by id). */
    static Optional<String> relatedOffered(String required, Offer offer) {
        Optional<String> family = Competences.familyOf(required);
        if (family.isEmpty()) {
            return Optional.empty();
        }
        String first = null;
        for (String offered : offer.competences()) {
            if (family.equals(Competences.familyOf(offered)) && (first == null || offered.compareTo(first) < 0)) {
                first = offered;
            }
        }
        return Optional.ofNullable(first);
    }

    /** Words shared by the organisation's offers and keywords and the opportunity's text, over the shorter of the two. */
    private static double text(Offer offer, Reasons reasons) {
        Offer.TextOverlap overlap = offer.text();
        int shared = overlap == null ? 0 : overlap.sharedWords().size();
        double value = textValue(offer.wordCount(), shared, overlap == null ? 0 : overlap.needWords());
        if (reasons != null) {
            if (offer.wordCount() == 0) {
                reasons.add("text.noWords");
            } else if (value == 0) {
                reasons.add("text.none");
            } else {
                reasons.add("text.shared", shared,
                        String.join(", ", overlap.sharedWords().subList(0, Math.min(shared, SHOWN_WORDS))));
            }
        }
        return value;
    }

    private static double textValue(int wordCount, int sharedWords, int needWords) {
        if (wordCount == 0 || sharedWords == 0 || needWords == 0) {
            return 0;
        }
        return Math.min(1, (double) sharedWords / Math.min(wordCount, needWords));
    }

    /** The closest pair of NACE codes, through the hierarchy (section C, division C13, group C13.9, class C13.92). */
    private static double sector(Need need, OfferTable at, int row, Offer offer, Reasons reasons) {
        long[] asked = need.facts().nace;
        int offered = at.naceCount[row];
        if (asked.length == 0) {
            if (reasons != null) {
                reasons.add("sector.none");
            }
            return NEUTRAL;
        }
        if (offered == 0) {
            if (reasons != null) {
                reasons.add("sector.unknown");
            }
            return 0;
        }
        double best = 0;
        int bestAsked = -1;
        int bestOffered = -1;
        for (int i = 0; i < asked.length; i++) {
            for (int j = 0; j < offered; j++) {
                long code = at.nace(row, j);
                double fit = within(code, asked[i]) ? 1 : sharedLevel(asked[i], code) * 0.25;
                if (fit > best) {
                    best = fit;
                    bestAsked = i;
                    bestOffered = j;
                }
            }
        }
        if (reasons == null) {
            return best;
        }
        if (bestAsked < 0) {
            reasons.add("sector.different", String.join(", ", need.naceCodes()));
        } else if (within(at.nace(row, bestOffered), asked[bestAsked])) {
            reasons.add("sector.within", offer.naceCodes().get(bestOffered), need.naceCodes().get(bestAsked));
        } else {
            reasons.add("sector.level" + sharedLevel(asked[bestAsked], at.nace(row, bestOffered)),
                    offer.naceCodes().get(bestOffered), need.naceCodes().get(bestAsked));
        }
        return best;
    }

    /** Whether the offered code lies within the asked one (C13.92 within C13). */
    private static boolean within(long offered, long asked) {
        return OfferFacts.naceShare(offered, asked, OfferFacts.naceLength(asked));
    }

    /** 4 same class, 3 same group, 2 same division, 1 same section, 0 nothing in common. */
    static int sharedLevel(String a, String b) {
        return sharedLevel(OfferFacts.naceCode(a), OfferFacts.naceCode(b));
    }

    private static int sharedLevel(long a, long b) {
        int level = 0;
        for (int end : LEVEL_ENDS) {
            if (OfferFacts.naceShare(a, b, end)) {
                level++;
            } else {
                break;
            }
        }
        return level;
    }

    private static final int[] LEVEL_ENDS = {1, 3, 5, 6};

    private static double geography(Need need, OfferTable at, int row, Offer offer, Reasons reasons) {
        NeedFacts asked = need.facts();
        int country = at.country[row];
        if (asked.countriesSought.length > 0) {
            if (country >= 0 && asked.seeks(country)) {
                if (reasons != null) {
                    reasons.add("geography.sought", offer.place().country());
                }
                return 1;
            }
            if (reasons != null) {
                reasons.add("geography.notSought", offer.place().country(), String.join(", ", need.countriesSought()));
            }
            return 0;
        }
        if (at.nuts2[row] >= 0 && at.nuts2[row] == asked.posterNuts2) {
            if (reasons != null) {
                reasons.add("geography.nuts2", offer.place().nutsRegion().substring(0, 4));
            }
            return SAME_NUTS2;
        }
        if (at.nuts1[row] >= 0 && at.nuts1[row] == asked.posterNuts1) {
            if (reasons != null) {
                reasons.add("geography.nuts1", offer.place().nutsRegion().substring(0, 3));
            }
            return SAME_NUTS1;
        }
        if (country >= 0 && country == asked.posterCountry) {
            if (reasons != null) {
                reasons.add("geography.country", offer.place().country());
            }
            return SAME_COUNTRY;
        }
        if (at.hasPoint[row] && asked.posterHasPoint) {
            double h = haversine(at.sinLatitude[row], at.cosLatitude[row], at.sinLongitude[row], at.cosLongitude[row], asked);
            if (reasons == null && h >= FAR_HAVERSINE) {
                return 0; // past FAR_KM, as the sum below gives, without its arc sine
            }
            long km = Math.round(kilometres(h));
            if (reasons != null) {
                reasons.add("geography.distance", km);
            }
            return NEUTRAL * Math.max(0, 1 - km / FAR_KM);
        }
        if (reasons != null) {
            reasons.add("geography.unknown");
        }
        return PLACE_UNKNOWN;
    }

    private static double diversity(Need need, OfferTable at, int row, Offer offer, Reasons reasons) {
        double value = 0;
        int country = at.country[row];
        int posterCountry = need.facts().posterCountry;
        if (country >= 0 && posterCountry >= 0 && country != posterCountry) {
            value += 0.5;
            if (reasons != null) {
                reasons.add("diversity.otherCountry", offer.place().country(), need.poster().country());
            }
        } else {
            if (reasons != null) {
                reasons.add("diversity.sameCountry");
            }
        }
        if (at.clusterCount[row] == 0) {
            if (reasons != null) {
                reasons.add("diversity.noCluster");
            }
        } else if (at.sharesACluster(row, need.facts().posterClusters)) {
            if (reasons != null) {
                reasons.add("diversity.sameCluster");
            }
        } else {
            value += 0.5;
            if (reasons != null) {
                reasons.add("diversity.otherCluster");
            }
        }
        return value;
    }

    private static double capacity(Need need, OfferTable at, int row, Offer offer, Reasons reasons) {
        if (need.quantity() == null) {
            if (reasons != null) {
                reasons.add("capacity.none");
            }
            return NEUTRAL;
        }
        int capacity = at.capacity[row];
        if (capacity == 0) {
            if (reasons != null) {
                reasons.add("capacity.unknown", need.quantity());
            }
            return UNKNOWN_CAPACITY;
        }
        if (reasons != null) {
            reasons.add("capacity.band", offer.sizeBand(), need.quantity());
        }
        return Math.min(1, (double) capacity / need.quantity());
    }

    /** Half completeness (seven fields), half freshness (full up to 180 days, none after three years). */
    private static double profile(OfferTable at, int row, Instant now, Reasons reasons) {
        double completeness = (PROFILE_FIELDS - at.missingFields[row]) / (double) PROFILE_FIELDS;
        long days = daysSinceChange(at.changedSecond[row], at.changedNano[row], now);
        if (reasons != null) {
            reasons.add("profile.state", Math.round(completeness * 100), days);
        }
        return 0.5 * completeness + 0.5 * freshness(days);
    }

    /** 1 up to 180 days after the last change, falling to 0 at three years. */
    static double freshness(long days) {
        return days <= FRESH_DAYS ? 1 : Math.max(0, 1 - (double) (days - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS));
    }

    /** Whole days, as {@code Duration.between(changedAt, now).toDays()} counts them, without its objects. */
    static long daysSinceChange(OfferFacts at, Instant now) {
        return daysSinceChange(at.changedSecond, at.changedNano, now);
    }

    private static long daysSinceChange(long changedSecond, int changedNano, Instant now) {
        long seconds = now.getEpochSecond() - changedSecond;
        if (now.getNano() < changedNano) {
            seconds--;
        }
        return Math.max(0, seconds / 86_400);
    }

    /** The profile fields matching weighs that the organisation has left empty. */
    public static List<String> missingFields(Offer offer) {
        List<String> missing = new ArrayList<>();
        if (offer.competences().isEmpty()) {
            missing.add("competences");
        }
        if (offer.keywords().isEmpty()) {
            missing.add("keywords");
        }
        if (!offer.describesOffers()) {
            missing.add("offers");
        }
        if (offer.naceCodes().isEmpty()) {
            missing.add("naceCodes");
        }
        if (offer.place().nutsRegion() == null) {
            missing.add("nutsRegion");
        }
        if (!offer.place().hasPoint()) {
            missing.add("location");
        }
        if (offer.sizeBand() == null) {
            missing.add("sizeBand");
        }
        return missing;
    }

    /**
     * The haversine of the great-circle angle between a point and the poster's, from both points' sines and
     * cosines (worked out once per offer and per need): sin²(d/2) = (1 - cos d) / 2, and cos d of a
     * difference is a sum of products, so no trigonometry is left for the pair.
     */
    private static double haversine(double sinLatitude, double cosLatitude, double sinLongitude, double cosLongitude,
            NeedFacts poster) {
        double cosLatitudeDifference = cosLatitude * poster.posterCosLatitude + sinLatitude * poster.posterSinLatitude;
        double cosLongitudeDifference = cosLongitude * poster.posterCosLongitude + sinLongitude * poster.posterSinLongitude;
        double h = (1 - cosLatitudeDifference) / 2 + cosLatitude * poster.posterCosLatitude * (1 - cosLongitudeDifference) / 2;
        return Math.min(1, Math.max(0, h));
    }

    /** A haversine beyond which the distance is over FAR_KM + 1 (a margin over rounding): geography gives 0. */
    private static final double FAR_HAVERSINE = Math.pow(Math.sin((FAR_KM + 1) / (2 * EARTH_KM)), 2);

    /**
     * The distance of a haversine: 2R asin(√h). Java's arc sine is a slow software routine; up to about
     * 2,100 km (√h ≤ 0.165) its series to the ninth power is exact to well under a metre and several times
     * quicker, and ranking asks it of every candidate near the poster.
     */
    static double kilometres(double haversine) {
        double x = Math.sqrt(haversine);
        if (x > 0.165) {
            return 2 * EARTH_KM * Math.asin(x);
        }
        double x2 = x * x;
        double arcSine = x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (5.0 / 112 + x2 * (35.0 / 1152)))));
        return 2 * EARTH_KM * arcSine;
    }

    /** Competence ids, written as their labels in the reader's language. */
    public record Labels(List<String> ids) {
    }
}
