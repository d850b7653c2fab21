package eu.viaduc.matchmaking.meeting.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.matchmaking.meeting.model.Participant;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.service.Opportunities;
import eu.viaduc.matchmaking.ranking.model.Assessor;
import eu.viaduc.matchmaking.ranking.model.Need;
import eu.viaduc.matchmaking.ranking.model.Offer;
import eu.viaduc.matchmaking.ranking.model.Ranking;
import eu.viaduc.matchmaking.ranking.model.Weights;
import eu.viaduc.matchmaking.ranking.service.MatchingData;
import eu.viaduc.matchmaking.ranking.service.RankOrganisations;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * Whom a participant should ask for a meeting: the matchmaking ranking (the same explained factors as an
 * opportunity's candidates) applied to the event's participants, both ways: the others whose offer fits
 * one of the participant's marketplace opportunities, and the others whose marketplace opportunity the
 * participant's own offer fits. Each other participant appears once, by its best match.
 */
@ApplicationScoped
public class SuggestMeetings {

    private final MatchmakingEvents events;
    private final Opportunities opportunities;
    private final MatchingData data;
    private final Caller caller;

    @Inject
    public SuggestMeetings(MatchmakingEvents events, Opportunities opportunities, MatchingData data, Caller caller) {
        this.events = events;
        this.opportunities = opportunities;
        this.data = data;
        this.caller = caller;
    }

    /** Which way a suggestion goes. */
    public enum Direction {
        /** The other participant's offer fits one of yours. */
        ANSWERS_YOURS,
        /** Your offer fits one of the other participant's opportunities. */
        YOURS_ANSWERS_THEIRS
    }

    /** A participant to meet, why, and whether a request between the two is already open. */
    public record Suggestion(UUID organisationId, String name, UUID opportunityId, Direction direction, Ranking.Match match,
            boolean requestOpen) {
    }

    public List<Suggestion> suggest(UUID eventId, UUID organisationId, int wanted) {
        MatchmakingEvent event = events.read(eventId);
        if (caller.roleIn(organisationId).isEmpty() && !events.mayOrganise(event.organiserKind(), event.organiserId())) {
            throw ProblemException.forbidden("suggestions are for the organisation's people and the event's organisers");
        }
        Participant me = events.requireParticipant(eventId, organisationId, "organisationId");
        List<Participant> others = events.participants(eventId).stream()
                .filter(p -> !p.organisationId().equals(organisationId)).toList();
        List<UUID> everyone = new ArrayList<>(others.stream().map(Participant::organisationId).toList());
        everyone.add(organisationId);
        Map<UUID, Offer> offers = data.offers(everyone);
        Map<UUID, MatchingData.Poster> posters = new HashMap<>();
        offers.forEach((id, offer) -> posters.put(id, new MatchingData.Poster(offer.name(), offer.place(), offer.clusters())));
        Offer myOffer = offers.get(organisationId);
        List<Need> myNeeds = published(me.marketplace()).stream().map(o -> needOf(o, posters)).toList();
        Map<UUID, Offer.TextOverlap> sharedWithMine = Map.of();
        List<Need> theirNeeds = published(others.stream().flatMap(p -> p.marketplace().stream()).toList()).stream()
                .map(o -> needOf(o, posters)).toList();
        if (myOffer != null && !theirNeeds.isEmpty()) {
            sharedWithMine = data.sharedWords(theirNeeds.stream().map(Need::opportunityId).toList(), organisationId);
        }

        // every pair is scored without its explanation; each other participant keeps its best pair
        Instant now = Instant.now();
        Weights weights = Weights.defaults();
        Map<UUID, Candidate> best = new HashMap<>();
        for (Participant other : others) {
            Offer theirOffer = offers.get(other.organisationId());
            if (theirOffer != null && !myNeeds.isEmpty()) {
                Map<UUID, Offer.TextOverlap> shared = data.sharedWords(myNeeds.stream().map(Need::opportunityId).toList(),
                        other.organisationId());
                for (Need need : myNeeds) {
                    keepBest(best, other.organisationId(), new Ranking.Pair(need, withText(theirOffer, shared.get(need.opportunityId()))),
                            Direction.ANSWERS_YOURS, weights, now);
                }
            }
        }
        if (myOffer != null) {
            for (Need need : theirNeeds) {
                keepBest(best, need.posterId(), new Ranking.Pair(need, withText(myOffer, sharedWithMine.get(need.opportunityId()))),
                        Direction.YOURS_ANSWERS_THEIRS, weights, now);
            }
        }
        // only the page is explained
        List<MeetingRequest> requests = events.requestsOf(eventId, organisationId);
        return best.values().stream().sorted(Comparator.comparingDouble((Candidate c) -> -c.score())
                .thenComparing(Candidate::organisationId)).limit(wanted).map(candidate -> {
                    UUID other = candidate.organisationId();
                    Ranking.Match match = Ranking.Match.of(candidate.pair().need(), candidate.pair().offer(), weights, now);
                    boolean open = requests.stream().anyMatch(r -> r.involves(other) && r.status().open());
                    return new Suggestion(other, posters.getOrDefault(other, MatchingData.Poster.UNKNOWN).name(),
                            match.need().opportunityId(), candidate.direction(), match, open);
                }).toList();
    }

    private record Candidate(UUID organisationId, Ranking.Pair pair, Direction direction, double score) {
    }

    private static void keepBest(Map<UUID, Candidate> best, UUID other, Ranking.Pair pair, Direction direction,
            Weights weights, Instant now) {
        double score = Assessor.score(pair.need(), pair.offer(), weights, now);
        Candidate known = best.get(other);
        if (known == null || score > known.score()
                || score == known.score() && pair.need().opportunityId().compareTo(known.pair().need().opportunityId()) < 0) {
            best.put(other, new Candidate(other, pair, direction, score));
        }
    }

    private List<Opportunity> published(List<UUID> ids) {
        // drafts, closed ones and those withdrawn since they were brought to the marketplace suggest nothing
        return ids.isEmpty() ? List.of() : opportunities.publishedAmong(ids);
    }

    private static Need needOf(Opportunity opportunity, Map<UUID, MatchingData.Poster> posters) {
        return RankOrganisations.needOf(opportunity,
                posters.getOrDefault(opportunity.organisationId(), MatchingData.Poster.UNKNOWN));
    }

    private static Offer withText(Offer offer, Offer.TextOverlap overlap) {
        return overlap == null ? offer : offer.withText(overlap);
    }
}
