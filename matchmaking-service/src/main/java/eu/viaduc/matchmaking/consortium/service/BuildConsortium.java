package eu.viaduc.matchmaking.consortium.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.matchmaking.consortium.model.ConsortiumBuilder;
import eu.viaduc.matchmaking.consortium.model.Partner;
import eu.viaduc.matchmaking.consortium.model.Proposal;
import eu.viaduc.matchmaking.consortium.model.TeamRules;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.service.Opportunities;
import eu.viaduc.matchmaking.ranking.model.Assessor;
import eu.viaduc.matchmaking.ranking.model.Need;
import eu.viaduc.matchmaking.ranking.model.Offer;
import eu.viaduc.matchmaking.ranking.model.Weights;
import eu.viaduc.matchmaking.ranking.service.CandidateIndex;
import eu.viaduc.matchmaking.ranking.service.MatchingData;
import eu.viaduc.matchmaking.ranking.service.RankOrganisations;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.taxonomy.Competences;
import eu.viaduc.taxonomy.Countries;

/**
 * Teams for an opportunity (its required competences and countries sought; its poster is not a
 * candidate), or for competences asked ad hoc. Candidates come from this service's read models; each
 * one's fit is its ranking score for the need, with the default weights.
 */
@ApplicationScoped
public class BuildConsortium {

    /** Stands for "nobody" where an ad-hoc need has no poster to leave out. */
    private static final UUID NO_POSTER = new UUID(0, 0);

    private final Opportunities opportunities;
    private final CandidateIndex index;

    @Inject
    public BuildConsortium(Opportunities opportunities, CandidateIndex index) {
        this.opportunities = opportunities;
        this.index = index;
    }

    public Proposal forOpportunity(UUID opportunityId, TeamRules rules) {
        Opportunity opportunity = opportunities.read(opportunityId);
        index.catchUp();
        if (opportunity.requiredCompetences().isEmpty()) {
            throw ProblemException.invalid("requiredCompetences",
                    "the opportunity names no required competence: a team has nothing to cover");
        }
        Need need = RankOrganisations.needOf(opportunity, index.posters(List.of(opportunity.organisationId()))
                .getOrDefault(opportunity.organisationId(), MatchingData.Poster.UNKNOWN));
        return build(need, rules);
    }

    public Proposal forCompetences(List<String> competences, List<String> countriesSought, TeamRules rules) {
        Competences.requireAll("requiredCompetences", competences);
        for (int i = 0; i < countriesSought.size(); i++) {
            Countries.require("countriesSought[" + i + "]", countriesSought.get(i));
        }
        Need need = new Need(null, NO_POSTER, List.copyOf(new LinkedHashSet<>(competences)), List.of(),
                countriesSought, null, Need.Place.UNKNOWN, Set.of());
        index.catchUp();
        return build(need, rules);
    }

    private Proposal build(Need need, TeamRules rules) {
        Set<String> sought = new HashSet<>(need.countriesSought());
        Weights weights = Weights.defaults();
        Instant now = Instant.now();
        // each candidate's fit is scored from the index's rows, as ranking scores them (no text: none is asked)
        List<Partner> candidates = index.whileUnchanged(() -> {
            CandidateIndex.Candidates found = index.candidates(need.requiredCompetences(), need.posterId(), List.of());
            List<Partner> partners = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                Offer offer = found.offer(i);
                if (sought.isEmpty() || sought.contains(offer.place().country())) {
                    double fit = Assessor.score(need, found.table(), found.row(i), 0, 0, weights, now);
                    partners.add(partner(need, offer, fit));
                }
            }
            return partners;
        });
        return ConsortiumBuilder.build(need.requiredCompetences(), candidates, rules);
    }

    private static Partner partner(Need need, Offer offer, double fit) {
        Set<String> covers = new HashSet<>(offer.competences());
        covers.retainAll(need.requiredCompetences());
        return new Partner(offer.id(), offer.name(), offer.place().country(), offer.clusters(), covers, fit);
    }
}
