package eu.viaduc.matchmaking.ranking.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.service.Opportunities;
import eu.viaduc.matchmaking.ranking.model.Need;
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

    private final Opportunities opportunities;
    private final MatchingData data;
    private final CandidateIndex index;

    @Inject
    public RankOrganisations(Opportunities opportunities, MatchingData data, CandidateIndex index) {
        this.opportunities = opportunities;
        this.data = data;
        this.index = index;
    }

    /** The candidates ranked, the first {@code wanted} in exact order; how many there are; the opportunity. */
    public record Result(Opportunity opportunity, List<Match> matches, long total) {
    }

    /** Every candidate is scored (in memory, through {@link CandidateIndex}); the first {@code wanted} are explained. */
    public Result rank(UUID opportunityId, Weights weights, int wanted) {
        Opportunity opportunity = opportunities.read(opportunityId);
        index.catchUp();
        Need need = needOf(opportunity, index.posters(List.of(opportunity.organisationId()))
                .getOrDefault(opportunity.organisationId(), MatchingData.Poster.UNKNOWN));
        Set<String> keys = new LinkedHashSet<>();
        for (String competence : opportunity.requiredCompetences()) {
            keys.add(competence);
            Competences.familyOf(competence).ifPresent(family -> keys.addAll(Competences.inFamily(family)));
        }
        opportunity.keywords().forEach(keyword -> keys.add(keyword.toLowerCase(Locale.ROOT)));
        List<String> words = data.opportunityWords(opportunityId);
        return index.whileUnchanged(() -> {
            CandidateIndex.Candidates candidates = index.candidates(keys, opportunity.organisationId(), words);
            List<Match> ranked = Ranking.rank(need, candidates, weights, Instant.now(), wanted);
            return new Result(opportunity, ranked, candidates.size());
        });
    }

    public static Need needOf(Opportunity opportunity, MatchingData.Poster poster) {
        return new Need(opportunity.id(), opportunity.organisationId(), opportunity.requiredCompetences(),
                opportunity.naceCodes(), opportunity.countriesSought(), opportunity.quantity(), poster.place(),
                poster.clusters());
    }
}
