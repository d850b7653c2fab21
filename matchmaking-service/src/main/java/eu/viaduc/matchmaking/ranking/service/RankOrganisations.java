package eu.viaduc.matchmaking.ranking.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.service.Opportunities;
import eu.viaduc.matchmaking.ranking.model.Need;
import eu.viaduc.matchmaking.ranking.model.Offer;
import eu.viaduc.matchmaking.ranking.model.Ranking;
import eu.viaduc.matchmaking.ranking.model.Ranking.Match;
import eu.viaduc.matchmaking.ranking.model.Weights;
import eu.viaduc.taxonomy.Competences;

/**
 * Organisations for an opportunity, best first, each score a sum of named factors with its reasons.
 * Candidates are the organisations offering a required competence or one of its family, or naming one
 * of the opportunity's keywords; the poster itself is left out.
 */
@ApplicationScoped
public class RankOrganisations {

    /** Enough for the first pages: the ceiling of the 200th candidate is usually below the 20th score. */
    private static final int FIRST_READ = 200;

    private final Opportunities opportunities;
    private final MatchingData data;

    @Inject
    public RankOrganisations(Opportunities opportunities, MatchingData data) {
        this.opportunities = opportunities;
        this.data = data;
    }

    /** The candidates ranked, the first {@code wanted} in exact order; how many there are; the opportunity. */
    public record Result(Opportunity opportunity, List<Match> matches, long total) {
    }

    /**
     * Reads the candidates whose {@link ScoreCeiling} is highest, scores them exactly, and stops when the
     * last wanted place scores above the ceiling of every candidate not read (else reads four times as many).
     * The first {@code wanted} are therefore the same as if every candidate had been scored.
     */
    public Result rank(UUID opportunityId, Weights weights, int wanted) {
        return rank(opportunityId, weights, wanted, Math.max(FIRST_READ, 4 * wanted));
    }

    /** As {@link #rank(UUID, Weights, int)}, reading {@code firstRead} candidates first. */
    Result rank(UUID opportunityId, Weights weights, int wanted, int firstRead) {
        Opportunity opportunity = opportunities.read(opportunityId);
        Need need = needOf(opportunity, data.posters(List.of(opportunity.organisationId()))
                .getOrDefault(opportunity.organisationId(), MatchingData.Poster.UNKNOWN));
        Set<String> keys = new LinkedHashSet<>();
        for (String competence : opportunity.requiredCompetences()) {
            keys.add(competence);
            Competences.familyOf(competence).ifPresent(family -> keys.addAll(Competences.inFamily(family)));
        }
        opportunity.keywords().forEach(keyword -> keys.add(keyword.toLowerCase(Locale.ROOT)));
        if (keys.isEmpty()) {
            return new Result(opportunity, List.of(), 0);
        }
        Instant now = Instant.now();
        ScoreCeiling.Sql ceiling = ScoreCeiling.of(need, weights, now.atOffset(ZoneOffset.UTC));
        int limit = firstRead;
        while (true) {
            MatchingData.CeilingPage read = data.candidatesUnder(opportunityId, ceiling, keys, opportunity.organisationId(), limit);
            List<Match> ranked = Ranking.rank(read.offers().stream().map(offer -> new Ranking.Pair(need, offer)).toList(),
                    weights, now, wanted, asked -> {
                        Map<UUID, Offer.TextOverlap> found = data.sharedWords(opportunityId,
                                asked.stream().map(pair -> pair.offer().id()).toList());
                        return asked.stream().map(pair -> found.get(pair.offer().id())).toList();
                    });
            boolean everyoneRead = read.nextCeiling() == Double.NEGATIVE_INFINITY;
            if (everyoneRead || ranked.size() >= wanted
                    && ranked.get(wanted - 1).score() > read.nextCeiling() + ScoreCeiling.SLACK) {
                return new Result(opportunity, ranked, read.total());
            }
            limit *= 4;
        }
    }

    public static Need needOf(Opportunity opportunity, MatchingData.Poster poster) {
        return new Need(opportunity.id(), opportunity.organisationId(), opportunity.requiredCompetences(),
                opportunity.naceCodes(), opportunity.countriesSought(), opportunity.quantity(), poster.place(),
                poster.clusters());
    }
}
