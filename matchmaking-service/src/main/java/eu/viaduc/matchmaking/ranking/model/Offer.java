package eu.viaduc.matchmaking.ranking.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an organisation offers, from matchmaking's read models, for matching: its profile, the clusters
 * it is an active member of, how many distinct words its offers and keywords hold, and the words it
 * shares with an opportunity's text (stemmed by PostgreSQL, each text in its language; null: none worked out);
 * {@code facts} are what scoring reads, as numbers.
 */
public record Offer(UUID id, String name, Need.Place place, String sizeBand, List<String> competences,
        List<String> keywords, boolean describesOffers, List<String> naceCodes, Set<UUID> clusters,
        OffsetDateTime changedAt, int wordCount, TextOverlap text, OfferFacts facts) {

    public Offer {
        competences = List.copyOf(competences);
        keywords = List.copyOf(keywords);
        naceCodes = List.copyOf(naceCodes);
        clusters = Set.copyOf(clusters);
    }

    /** With its facts worked out. */
    public Offer(UUID id, String name, Need.Place place, String sizeBand, List<String> competences, List<String> keywords,
            boolean describesOffers, List<String> naceCodes, Set<UUID> clusters, OffsetDateTime changedAt, int wordCount,
            TextOverlap text) {
        this(id, name, place, sizeBand, competences, keywords, describesOffers, naceCodes, clusters, changedAt, wordCount,
                text, new OfferFacts(place, sizeBand, competences, keywords, describesOffers, naceCodes, clusters, changedAt,
                        wordCount));
    }

    public Offer withText(TextOverlap overlap) {
        return new Offer(id, name, place, sizeBand, competences, keywords, describesOffers, naceCodes, clusters, changedAt,
                wordCount, overlap, facts);
    }

    /** The (stemmed) words an offer and an opportunity share, and how many distinct words the opportunity holds. */
    public record TextOverlap(List<String> sharedWords, int needWords) {

        public TextOverlap {
            sharedWords = List.copyOf(sharedWords);
        }
    }
}
