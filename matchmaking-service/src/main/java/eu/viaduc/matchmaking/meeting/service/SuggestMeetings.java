package eu.viaduc.matchmaking.meeting.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.matchmaking.meeting.model.Participant;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.model.OpportunityStatus;
import eu.viaduc.matchmaking.opportunity.service.Opportunities;
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
        Map<UUID, MatchingData.Poster> posters = data.posters(everyone);
        Optional<Offer> myOffer = data.offer(organisationId);

        List<Ranking.Pair> pairs = new ArrayList<>();
        Map<Need, Direction> directions = new HashMap<>();
        List<Opportunity> mine = published(me.marketplace());
        for (Participant other : others) {
            Optional<Offer> theirOffer = data.offer(other.organisationId());
            if (theirOffer.isPresent() && !mine.isEmpty()) {
                Map<UUID, Offer.TextOverlap> shared = data.sharedWords(mine.stream().map(Opportunity::id).toList(),
                        other.organisationId());
                for (Opportunity opportunity : mine) {
                    Need need = needOf(opportunity, posters);
                    directions.put(need, Direction.ANSWERS_YOURS);
                    pairs.add(new Ranking.Pair(need, withText(theirOffer.get(), shared.get(opportunity.id()))));
                }
            }
            List<Opportunity> theirs = published(other.marketplace());
            if (myOffer.isPresent() && !theirs.isEmpty()) {
                Map<UUID, Offer.TextOverlap> shared = data.sharedWords(theirs.stream().map(Opportunity::id).toList(),
                        organisationId);
                for (Opportunity opportunity : theirs) {
                    Need need = needOf(opportunity, posters);
                    directions.put(need, Direction.YOURS_ANSWERS_THEIRS);
                    pairs.add(new Ranking.Pair(need, withText(myOffer.get(), shared.get(opportunity.id()))));
                }
            }
        }
        List<Ranking.Match> ranked = Ranking.rank(pairs, Weights.defaults(), Instant.now(), pairs.size());
        Map<UUID, Suggestion> best = new LinkedHashMap<>();
        List<MeetingRequest> requests = events.requestsOf(eventId, organisationId);
        for (Ranking.Match match : ranked) {
            Direction direction = directions.get(match.need());
            UUID other = direction == Direction.ANSWERS_YOURS ? match.offer().id() : match.need().posterId();
            boolean open = requests.stream().anyMatch(r -> r.involves(other) && r.status().open());
            best.putIfAbsent(other, new Suggestion(other, posters.getOrDefault(other, MatchingData.Poster.UNKNOWN).name(),
                    match.need().opportunityId(), direction, match, open));
        }
        return best.values().stream().sorted(Comparator.comparingDouble((Suggestion s) -> -s.match().score())
                .thenComparing(Suggestion::organisationId)).limit(wanted).toList();
    }

    private List<Opportunity> published(List<UUID> ids) {
        List<Opportunity> found = new ArrayList<>();
        for (UUID id : ids) {
            try {
                Opportunity opportunity = opportunities.read(id);
                if (opportunity.status() == OpportunityStatus.PUBLISHED) {
                    found.add(opportunity);
                }
            } catch (ProblemException gone) {
                // withdrawn from view since it was brought to the marketplace: it suggests nothing
            }
        }
        return found;
    }

    private static Need needOf(Opportunity opportunity, Map<UUID, MatchingData.Poster> posters) {
        return RankOrganisations.needOf(opportunity,
                posters.getOrDefault(opportunity.organisationId(), MatchingData.Poster.UNKNOWN));
    }

    private static Offer withText(Offer offer, Offer.TextOverlap overlap) {
        return overlap == null ? offer : offer.withText(overlap);
    }
}
