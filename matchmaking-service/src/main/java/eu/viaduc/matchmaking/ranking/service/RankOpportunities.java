package eu.viaduc.matchmaking.ranking.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.ranking.model.Offer;
import eu.viaduc.matchmaking.ranking.model.Ranking;
import eu.viaduc.matchmaking.ranking.model.Ranking.Match;
import eu.viaduc.matchmaking.ranking.model.Weights;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.taxonomy.Competences;

/**
 * Published opportunities for an organisation ("opportunities for me"), best first, with the same
 * factors as the other way round, and what would raise its score. Candidates are the opportunities of
 * others asking one of its competences (or one of their family) or naming one of its keywords. Only
 * the organisation's people (and platform admins) ask: it shows how the organisation's profile falls short.
 */
@ApplicationScoped
public class RankOpportunities {

    private final MatchingData data;
    private final EntityManager entityManager;
    private final Caller caller;

    @Inject
    public RankOpportunities(MatchingData data, EntityManager entityManager, Caller caller) {
        this.data = data;
        this.entityManager = entityManager;
        this.caller = caller;
    }

    /** The ranked opportunities (the first {@code wanted} in exact order), each with its opportunity. */
    public record Result(Offer organisation, List<Match> matches, Map<UUID, Opportunity> opportunities,
            Map<UUID, MatchingData.Poster> posters) {
    }

    public Result rank(UUID organisationId, Weights weights, int wanted) {
        if (!caller.isPlatformAdmin() && caller.roleIn(organisationId).isEmpty()) {
            throw ProblemException.forbidden("only the organisation's people see the opportunities ranked for it");
        }
        Offer organisation = data.offer(organisationId)
                .orElseThrow(() -> ProblemException.notFound("organisation in matchmaking's read model", organisationId));
        Set<String> competences = new LinkedHashSet<>();
        for (String competence : organisation.competences()) {
            competences.add(competence);
            Competences.familyOf(competence).ifPresent(family -> competences.addAll(Competences.inFamily(family)));
        }
        List<String> keywords = organisation.keywords().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        List<UUID> ids = data.publishedOpportunitiesFor(competences, keywords, organisationId);
        Map<UUID, Opportunity> opportunities = new HashMap<>();
        ids.forEach(id -> opportunities.put(id, entityManager.find(Opportunity.class, id)));
        Map<UUID, MatchingData.Poster> posters = data.posters(
                opportunities.values().stream().map(Opportunity::organisationId).distinct().toList());
        Map<UUID, Offer.TextOverlap> shared = data.sharedWords(opportunities.keySet(), organisationId);
        List<Ranking.Pair> pairs = opportunities.values().stream()
                .map(o -> new Ranking.Pair(RankOrganisations.needOf(o, posters.getOrDefault(o.organisationId(),
                        MatchingData.Poster.UNKNOWN)), organisation.withText(shared.get(o.id()))))
                .toList();
        List<Match> ranked = Ranking.rank(pairs, weights, Instant.now(), wanted);
        return new Result(organisation, ranked, opportunities, posters);
    }
}
