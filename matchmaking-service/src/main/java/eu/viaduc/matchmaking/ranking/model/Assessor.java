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
     * thousands of candidates must not build (and collect) their sentences' values.
     */
    private interface Reasons {
        void add(String key, Object... args);
    }

    /** Each factor with its value and reasons, in the order of {@link Factor}. */
    public static List<Assessment> assess(Need need, Offer offer, Instant now) {
        List<Assessment> factors = new ArrayList<>(FACTORS.length);
        for (Factor factor : FACTORS) {
            factors.add(assessment(factor, need, offer, now));
        }
        return factors;
    }

    /**
     * The sum of {@link #assess}'s points, without writing a reason: what ranking works out for every
     * candidate before it explains the page (the same values, added in the same order, so equal to the digit).
     */
    public static double score(Need need, Offer offer, Weights weights, Instant now) {
        Offer.TextOverlap overlap = offer.text();
        return overlap == null ? score(need, offer, 0, 0, weights, now)
                : score(need, offer, overlap.sharedWords().size(), overlap.needWords(), weights, now);
    }

    /**
     * As {@link #score(Need, Offer, Weights, Instant)}, with how many words the offer shares with the need's
     * text given apart (the offer's own overlap is not read), so that no overlap has to be made to score it.
     */
    public static double score(Need need, Offer offer, int sharedWords, int needWords, Weights weights, Instant now) {
        double score = 0;
        for (Factor factor : FACTORS) {
            double value = factor == Factor.TEXT ? textValue(offer.wordCount(), sharedWords, needWords)
                    : value(factor, need, offer, now, null);
            score += 100 * weights.of(factor) * value;
        }
        return score;
    }

    static Assessment assessment(Factor factor, Need need, Offer offer, Instant now) {
        List<Message> reasons = new ArrayList<>(2);
        double value = value(factor, need, offer, now, (key, args) -> reasons.add(Message.of(key, args)));
        return new Assessment(factor, value, reasons);
    }

    private static double value(Factor factor, Need need, Offer offer, Instant now, Reasons reasons) {
        return switch (factor) {
            case COMPETENCE -> competence(need, offer, reasons);
            case TEXT -> text(offer, reasons);
            case SECTOR -> sector(need, offer, reasons);
            case GEOGRAPHY -> geography(need, offer, reasons);
            case DIVERSITY -> diversity(need, offer, reasons);
            case CAPACITY -> capacity(need, offer, reasons);
            case PROFILE -> profile(offer, now, reasons);
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
    private static double competence(Need need, Offer offer, Reasons reasons) {
        List<String> required = need.requiredCompetences();
        if (required.isEmpty()) {
            if (reasons != null) {
                reasons.add("competence.none");
            }
            return NEUTRAL;
        }
        int exact = 0;
        int related = 0;
        for (int i = 0; i < required.size(); i++) {
            if (offer.facts().offered.holds(need.facts().required, i)) {
                exact++;
            } else if (offer.facts().offered.holdsFamilyOf(need.facts().required, i)) {
                related++;
            }
        }
        double value = (exact + 0.5 * related) / required.size();
        if (reasons != null) {
            explainCompetence(required, offer, exact + related, reasons);
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
    private static double sector(Need need, Offer offer, Reasons reasons) {
        if (need.naceCodes().isEmpty()) {
            if (reasons != null) {
                reasons.add("sector.none");
            }
            return NEUTRAL;
        }
        if (offer.naceCodes().isEmpty()) {
            if (reasons != null) {
                reasons.add("sector.unknown");
            }
            return 0;
        }
        long[] asked = need.facts().nace;
        long[] offered = offer.facts().nace;
        double best = 0;
        int bestAsked = -1;
        int bestOffered = -1;
        for (int i = 0; i < asked.length; i++) {
            for (int j = 0; j < offered.length; j++) {
                double fit = within(offered[j], asked[i]) ? 1 : sharedLevel(asked[i], offered[j]) * 0.25;
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
        } else if (within(offered[bestOffered], asked[bestAsked])) {
            reasons.add("sector.within", offer.naceCodes().get(bestOffered), need.naceCodes().get(bestAsked));
        } else {
            reasons.add("sector.level" + sharedLevel(asked[bestAsked], offered[bestOffered]),
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

    private static double geography(Need need, Offer offer, Reasons reasons) {
        OfferFacts at = offer.facts();
        NeedFacts asked = need.facts();
        String country = offer.place().country();
        if (asked.countriesSought.length > 0) {
            if (at.country >= 0 && asked.seeks(at.country)) {
                if (reasons != null) {
                    reasons.add("geography.sought", country);
                }
                return 1;
            }
            if (reasons != null) {
                reasons.add("geography.notSought", country, String.join(", ", need.countriesSought()));
            }
            return 0;
        }
        if (at.nuts2 >= 0 && at.nuts2 == asked.posterNuts2) {
            if (reasons != null) {
                reasons.add("geography.nuts2", offer.place().nutsRegion().substring(0, 4));
            }
            return SAME_NUTS2;
        }
        if (at.nuts1 >= 0 && at.nuts1 == asked.posterNuts1) {
            if (reasons != null) {
                reasons.add("geography.nuts1", offer.place().nutsRegion().substring(0, 3));
            }
            return SAME_NUTS1;
        }
        if (at.country >= 0 && at.country == asked.posterCountry) {
            if (reasons != null) {
                reasons.add("geography.country", country);
            }
            return SAME_COUNTRY;
        }
        if (at.hasPoint && asked.posterHasPoint) {
            long km = Math.round(kilometres(at.latitude, at.longitude, asked.posterLatitude, asked.posterLongitude));
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

    private static double diversity(Need need, Offer offer, Reasons reasons) {
        double value = 0;
        int country = offer.facts().country;
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
        if (offer.facts().clusters.length == 0) {
            if (reasons != null) {
                reasons.add("diversity.noCluster");
            }
        } else if (OfferFacts.sharesACluster(offer.facts().clusters, need.facts().posterClusters)) {
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

    private static double capacity(Need need, Offer offer, Reasons reasons) {
        if (need.quantity() == null) {
            if (reasons != null) {
                reasons.add("capacity.none");
            }
            return NEUTRAL;
        }
        int capacity = offer.facts().capacity;
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
    private static double profile(Offer offer, Instant now, Reasons reasons) {
        double completeness = (PROFILE_FIELDS - offer.facts().missingFields) / (double) PROFILE_FIELDS;
        long days = daysSinceChange(offer, now);
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
    static long daysSinceChange(Offer offer, Instant now) {
        long seconds = now.getEpochSecond() - offer.facts().changedSecond;
        if (now.getNano() < offer.facts().changedNano) {
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

    static double kilometres(double latitudeA, double longitudeA, double latitudeB, double longitudeB) {
        double lat1 = Math.toRadians(latitudeA);
        double lat2 = Math.toRadians(latitudeB);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(longitudeB - longitudeA);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
    }

    /** Competence ids, written as their labels in the reader's language. */
    public record Labels(List<String> ids) {
    }
}
