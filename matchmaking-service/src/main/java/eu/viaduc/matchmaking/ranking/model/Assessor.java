package eu.viaduc.matchmaking.ranking.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.viaduc.taxonomy.Competences;

/**
 * Values each factor of a match between a need and an offer, with the reasons a person can check by
 * hand. Where the opportunity says nothing a factor could weigh (no sector, no quantity), the factor is
 * neutral (0.5): it neither helps nor hurts anyone.
 */
public final class Assessor {

    // public where ScoreCeiling works the same values out in SQL: one source for both
    public static final double NEUTRAL = 0.5;
    /** What an organisation of each size band can roughly deliver, in the opportunity's units. */
    public static final Map<String, Integer> CAPACITY = Map.of("MICRO_1_9", 1_000, "SMALL_10_49", 10_000,
            "MEDIUM_50_249", 100_000, "LARGE_250_PLUS", 1_000_000);
    public static final double UNKNOWN_CAPACITY = 0.3;
    public static final double SAME_NUTS2 = 1;
    public static final double SAME_NUTS1 = 0.8;
    public static final double SAME_COUNTRY = 0.6;
    public static final double PLACE_UNKNOWN = 0.2;
    public static final int FRESH_DAYS = 180;
    public static final int STALE_DAYS = 3 * 365;
    public static final double EARTH_KM = 6371.0;
    public static final double FAR_KM = 2000.0;
    private static final int SHOWN_WORDS = 8;
    /** competences, keywords, offers, NACE codes, NUTS region, location, size band */
    public static final int PROFILE_FIELDS = 7;

    private Assessor() {
    }

    public static List<Assessment> assess(Need need, Offer offer, Instant now) {
        List<Assessment> factors = new ArrayList<>();
        factors.add(competence(need, offer));
        factors.add(text(offer));
        factors.add(sector(need, offer));
        factors.add(geography(need, offer));
        factors.add(diversity(need, offer));
        factors.add(capacity(need, offer));
        factors.add(profile(offer, now));
        return factors;
    }

    /** Exact 1, same family 0.5, else 0, averaged over the required competences. */
    static Assessment competence(Need need, Offer offer) {
        if (need.requiredCompetences().isEmpty()) {
            return Assessment.of(Factor.COMPETENCE, NEUTRAL, Message.of("competence.none"));
        }
        List<String> exact = new ArrayList<>();
        List<String> related = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String required : need.requiredCompetences()) {
            if (offer.competences().contains(required)) {
                exact.add(required);
            } else if (relatedOffered(required, offer).isPresent()) {
                related.add(required);
            } else {
                missing.add(required);
            }
        }
        double value = (exact.size() + 0.5 * related.size()) / need.requiredCompetences().size();
        List<Message> reasons = new ArrayList<>();
        reasons.add(Message.of("competence.coverage", exact.size() + related.size(), need.requiredCompetences().size()));
        if (!exact.isEmpty()) {
            reasons.add(Message.of("competence.exact", new Labels(exact)));
        }
        for (String required : related) {
            reasons.add(Message.of("competence.related", new Labels(List.of(required)),
                    new Labels(List.of(relatedOffered(required, offer).orElseThrow()))));
        }
        if (!missing.isEmpty()) {
            reasons.add(Message.of("competence.missing", new Labels(missing)));
        }
        return new Assessment(Factor.COMPETENCE, value, reasons);
    }

    /** A competence the organisation offers in the same family as the required one. */
    static Optional<String> relatedOffered(String required, Offer offer) {
        Optional<String> family = Competences.familyOf(required);
        return family.flatMap(f -> offer.competences().stream()
                .filter(offered -> Competences.familyOf(offered).filter(f::equals).isPresent()).sorted().findFirst());
    }

    /** Words shared by the organisation's offers and keywords and the opportunity's text, over the shorter of the two. */
    static Assessment text(Offer offer) {
        if (offer.wordCount() == 0) {
            return Assessment.of(Factor.TEXT, 0, Message.of("text.noWords"));
        }
        Offer.TextOverlap overlap = offer.text();
        if (overlap == null || overlap.sharedWords().isEmpty() || overlap.needWords() == 0) {
            return Assessment.of(Factor.TEXT, 0, Message.of("text.none"));
        }
        int shared = overlap.sharedWords().size();
        double value = Math.min(1, (double) shared / Math.min(offer.wordCount(), overlap.needWords()));
        return Assessment.of(Factor.TEXT, value, Message.of("text.shared", shared,
                String.join(", ", overlap.sharedWords().subList(0, Math.min(shared, SHOWN_WORDS)))));
    }

    /** The closest pair of NACE codes, through the hierarchy (section C, division C13, group C13.9, class C13.92). */
    static Assessment sector(Need need, Offer offer) {
        if (need.naceCodes().isEmpty()) {
            return Assessment.of(Factor.SECTOR, NEUTRAL, Message.of("sector.none"));
        }
        if (offer.naceCodes().isEmpty()) {
            return Assessment.of(Factor.SECTOR, 0, Message.of("sector.unknown"));
        }
        double best = 0;
        Message reason = Message.of("sector.different", String.join(", ", need.naceCodes()));
        for (String asked : need.naceCodes()) {
            for (String offered : offer.naceCodes()) {
                double fit;
                Message why;
                if (offered.startsWith(asked)) {
                    fit = 1;
                    why = Message.of("sector.within", offered, asked);
                } else {
                    int level = sharedLevel(asked, offered);
                    fit = level * 0.25;
                    why = Message.of("sector.level" + level, offered, asked);
                }
                if (fit > best) {
                    best = fit;
                    reason = why;
                }
            }
        }
        return Assessment.of(Factor.SECTOR, best, reason);
    }

    /** 4 same class, 3 same group, 2 same division, 1 same section, 0 nothing in common. */
    static int sharedLevel(String a, String b) {
        int level = 0;
        int[] ends = {1, 3, 5, 6};
        for (int end : ends) {
            if (a.length() >= end && b.length() >= end && a.substring(0, end).equals(b.substring(0, end))) {
                level++;
            } else {
                break;
            }
        }
        return level;
    }

    static Assessment geography(Need need, Offer offer) {
        String country = offer.place().country();
        if (!need.countriesSought().isEmpty()) {
            return need.countriesSought().contains(country)
                    ? Assessment.of(Factor.GEOGRAPHY, 1, Message.of("geography.sought", country))
                    : Assessment.of(Factor.GEOGRAPHY, 0, Message.of("geography.notSought", country,
                            String.join(", ", need.countriesSought())));
        }
        Need.Place poster = need.poster();
        String region = offer.place().nutsRegion();
        if (region != null && poster.nutsRegion() != null) {
            if (region.length() >= 4 && poster.nutsRegion().length() >= 4
                    && region.substring(0, 4).equals(poster.nutsRegion().substring(0, 4))) {
                return Assessment.of(Factor.GEOGRAPHY, SAME_NUTS2, Message.of("geography.nuts2", region.substring(0, 4)));
            }
            if (region.length() >= 3 && poster.nutsRegion().length() >= 3
                    && region.substring(0, 3).equals(poster.nutsRegion().substring(0, 3))) {
                return Assessment.of(Factor.GEOGRAPHY, SAME_NUTS1, Message.of("geography.nuts1", region.substring(0, 3)));
            }
        }
        if (country != null && country.equals(poster.country())) {
            return Assessment.of(Factor.GEOGRAPHY, SAME_COUNTRY, Message.of("geography.country", country));
        }
        if (offer.place().hasPoint() && poster.hasPoint()) {
            long km = Math.round(kilometres(offer.place(), poster));
            return Assessment.of(Factor.GEOGRAPHY, NEUTRAL * Math.max(0, 1 - km / FAR_KM), Message.of("geography.distance", km));
        }
        return Assessment.of(Factor.GEOGRAPHY, PLACE_UNKNOWN, Message.of("geography.unknown"));
    }

    static Assessment diversity(Need need, Offer offer) {
        List<Message> reasons = new ArrayList<>();
        double value = 0;
        String country = offer.place().country();
        if (country != null && need.poster().country() != null && !country.equals(need.poster().country())) {
            value += 0.5;
            reasons.add(Message.of("diversity.otherCountry", country, need.poster().country()));
        } else {
            reasons.add(Message.of("diversity.sameCountry"));
        }
        if (offer.clusters().isEmpty()) {
            reasons.add(Message.of("diversity.noCluster"));
        } else if (offer.clusters().stream().anyMatch(need.posterClusters()::contains)) {
            reasons.add(Message.of("diversity.sameCluster"));
        } else {
            value += 0.5;
            reasons.add(Message.of("diversity.otherCluster"));
        }
        return new Assessment(Factor.DIVERSITY, value, reasons);
    }

    static Assessment capacity(Need need, Offer offer) {
        if (need.quantity() == null) {
            return Assessment.of(Factor.CAPACITY, NEUTRAL, Message.of("capacity.none"));
        }
        Integer capacity = offer.sizeBand() == null ? null : CAPACITY.get(offer.sizeBand());
        if (capacity == null) {
            return Assessment.of(Factor.CAPACITY, UNKNOWN_CAPACITY, Message.of("capacity.unknown", need.quantity()));
        }
        return Assessment.of(Factor.CAPACITY, Math.min(1, (double) capacity / need.quantity()),
                Message.of("capacity.band", offer.sizeBand(), need.quantity()));
    }

    /** Half completeness (seven fields), half freshness (full up to 180 days, none after three years). */
    static Assessment profile(Offer offer, Instant now) {
        double completeness = (PROFILE_FIELDS - missingFields(offer).size()) / (double) PROFILE_FIELDS;
        return Assessment.of(Factor.PROFILE, 0.5 * completeness + 0.5 * freshness(offer, now),
                Message.of("profile.state", Math.round(completeness * 100), daysSinceChange(offer, now)));
    }

    /** 1 up to 180 days after the last change, falling to 0 at three years. */
    static double freshness(Offer offer, Instant now) {
        long days = daysSinceChange(offer, now);
        return days <= FRESH_DAYS ? 1 : Math.max(0, 1 - (double) (days - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS));
    }

    static long daysSinceChange(Offer offer, Instant now) {
        return Math.max(0, Duration.between(offer.changedAt().toInstant(), now).toDays());
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

    static double kilometres(Need.Place a, Need.Place b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
    }

    /** Competence ids, written as their labels in the reader's language. */
    public record Labels(List<String> ids) {
    }
}
