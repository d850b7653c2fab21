package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The hard rules a plan must keep, checked on the finished plan independently of how it was made: the
 * scheduler refuses to return a plan this finds fault with, and the tests hold every plan to it.
 */
public final class PlanRules {

    private PlanRules() {
    }

    /** What the plan breaks, one line per breach; empty when it keeps every rule. */
    public static List<String> violations(SchedulingProblem problem, List<Schedule.Placed> placed) {
        List<String> broken = new ArrayList<>();
        Map<UUID, SchedulingProblem.Party> parties = new HashMap<>();
        problem.parties().forEach(party -> parties.put(party.organisationId(), party));
        Map<UUID, SchedulingProblem.Request> requests = new HashMap<>();
        problem.requests().forEach(request -> requests.put(request.id(), request));
        Set<UUID> seen = new HashSet<>();
        Set<String> busy = new HashSet<>();
        Set<String> tablesTaken = new HashSet<>();
        Map<UUID, Integer> meetingsOf = new HashMap<>();
        for (Schedule.Placed meeting : placed) {
            SchedulingProblem.Request request = requests.get(meeting.requestId());
            if (request == null) {
                broken.add(meeting.requestId() + " is not an accepted request");
                continue;
            }
            if (!seen.add(request.id())) {
                broken.add(request.id() + " placed twice");
            }
            if (meeting.slot() < 0 || meeting.slot() >= problem.slotCount()) {
                broken.add(request.id() + " in slot " + meeting.slot() + ", which the event does not have");
                continue;
            }
            SchedulingProblem.Party requester = parties.get(request.requester());
            SchedulingProblem.Party target = parties.get(request.target());
            for (SchedulingProblem.Party side : List.of(requester, target)) {
                if (!side.availableSlots().get(meeting.slot())) {
                    broken.add(request.id() + " in slot " + meeting.slot() + ", for which " + side.organisationId()
                            + " is not available");
                }
                if (!busy.add(meeting.slot() + "/" + side.organisationId())) {
                    broken.add(side.organisationId() + " in two meetings in slot " + meeting.slot());
                }
                for (String person : side.people()) {
                    if (!busy.add(meeting.slot() + "/" + person)) {
                        broken.add(person + " in two meetings in slot " + meeting.slot());
                    }
                }
                if (meetingsOf.merge(side.organisationId(), 1, Integer::sum) == side.maxMeetings() + 1) {
                    broken.add(side.organisationId() + " has more than its maximum of " + side.maxMeetings());
                }
            }
            if (meeting.table() < 0 || meeting.table() >= problem.tables().size()) {
                broken.add(request.id() + " at table " + meeting.table() + ", which the event does not have");
                continue;
            }
            if (!tablesTaken.add(meeting.slot() + "/" + meeting.table())) {
                broken.add("table " + meeting.table() + " holds two meetings in slot " + meeting.slot());
            }
            int seats = requester.seats() + target.seats();
            if (problem.tables().get(meeting.table()).seats() < seats) {
                broken.add(request.id() + " needs " + seats + " seats at table " + meeting.table());
            }
            if (mustStay(problem, request, parties)
                    && (request.published().slot() != meeting.slot() || request.published().table() != meeting.table())) {
                broken.add(request.id() + " moved from where it was published");
            }
        }
        for (SchedulingProblem.Request request : problem.requests()) {
            if (mustStay(problem, request, parties) && !seen.contains(request.id())) {
                broken.add(request.id() + " was published and is no longer placed");
            }
        }
        return broken;
    }

    /** A published meeting stays where it is when the organiser allows no moves and both sides are still available then. */
    static boolean mustStay(SchedulingProblem problem, SchedulingProblem.Request request,
            Map<UUID, SchedulingProblem.Party> parties) {
        SchedulingProblem.Place published = request.published();
        return !problem.movesAllowed() && published != null && published.slot() < problem.slotCount()
                && published.table() < problem.tables().size()
                && parties.get(request.requester()).availableSlots().get(published.slot())
                && parties.get(request.target()).availableSlots().get(published.slot());
    }
}
