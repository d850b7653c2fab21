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
        Set<UUID> staying = stayingPut(problem);
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
                if (meetingsOf.merge(side.organisationId(), 1, Integer::sum) == side.maxMeetings() + 1) {
                    broken.add(side.organisationId() + " has more than its maximum of " + side.maxMeetings());
                }
            }
            for (String someone : attendees(meeting.slot(), requester, target)) {
                if (!busy.add(someone)) {
                    broken.add(someone.substring(someone.indexOf('/') + 1) + " in two meetings in slot " + meeting.slot());
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
            if (staying.contains(request.id())
                    && (request.published().slot() != meeting.slot() || request.published().table() != meeting.table())) {
                broken.add(request.id() + " moved from where it was published");
            }
        }
        for (SchedulingProblem.Request request : problem.requests()) {
            if (staying.contains(request.id()) && !seen.contains(request.id())) {
                broken.add(request.id() + " was published and is no longer placed");
            }
        }
        return broken;
    }

    /**
     * The published meetings that stay where they are: none when the organiser allows moves; otherwise
     * each one (higher priorities first) whose two sides are still available then, whose table still seats
     * both sides, and that keeps every rule with those kept before it (a registration may have changed
     * since it was published: more people, a lower maximum). The others are placed anew, or reported.
     */
    public static Set<UUID> stayingPut(SchedulingProblem problem) {
        Set<UUID> staying = new HashSet<>();
        if (problem.movesAllowed()) {
            return staying;
        }
        Map<UUID, SchedulingProblem.Party> parties = new HashMap<>();
        problem.parties().forEach(party -> parties.put(party.organisationId(), party));
        Set<String> busy = new HashSet<>();
        Map<UUID, Integer> meetingsOf = new HashMap<>();
        List<SchedulingProblem.Request> published = problem.requests().stream().filter(r -> r.published() != null)
                .sorted(java.util.Comparator.comparingInt(SchedulingProblem.Request::priority).reversed()
                        .thenComparing(SchedulingProblem.Request::id))
                .toList();
        for (SchedulingProblem.Request request : published) {
            SchedulingProblem.Place place = request.published();
            SchedulingProblem.Party requester = parties.get(request.requester());
            SchedulingProblem.Party target = parties.get(request.target());
            if (requester == null || target == null || place.slot() < 0 || place.slot() >= problem.slotCount()
                    || place.table() < 0 || place.table() >= problem.tables().size()
                    || !requester.availableSlots().get(place.slot()) || !target.availableSlots().get(place.slot())
                    || problem.tables().get(place.table()).seats() < requester.seats() + target.seats()
                    || meetingsOf.getOrDefault(requester.organisationId(), 0) >= requester.maxMeetings()
                    || meetingsOf.getOrDefault(target.organisationId(), 0) >= target.maxMeetings()) {
                continue;
            }
            Set<String> at = attendees(place.slot(), requester, target);
            at.add(place.slot() + "/table " + place.table());
            if (at.stream().anyMatch(busy::contains)) {
                continue;
            }
            busy.addAll(at);
            meetingsOf.merge(requester.organisationId(), 1, Integer::sum);
            meetingsOf.merge(target.organisationId(), 1, Integer::sum);
            staying.add(request.id());
        }
        return staying;
    }

    /** Everyone at a meeting in a slot (the two organisations and their people, each once), as keys. */
    private static Set<String> attendees(int slot, SchedulingProblem.Party requester, SchedulingProblem.Party target) {
        Set<String> at = new HashSet<>();
        for (SchedulingProblem.Party side : List.of(requester, target)) {
            at.add(slot + "/" + side.organisationId());
            side.people().forEach(person -> at.add(slot + "/" + person));
        }
        return at;
    }
}
