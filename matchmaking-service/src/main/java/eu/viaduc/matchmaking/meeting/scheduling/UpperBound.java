package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm.MaximumFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * How many meetings a plan can hold at most, so that a result can be judged without knowing the best
 * one, and which requests such a plan holds. The bound is the least of:
 * <ul>
 * <li>the tables times the slots;</li>
 * <li>the most meetings that keep every participant within the least of its maximum and its available
 * slots, among the requests whose two sides share a slot, ignoring which slot each meeting takes.
 * Counted as a fractional matching (each request a share of 0, one half or 1), a maximum flow through the
 * requests taken both ways, halved: never below the whole-meeting count, so still a bound.</li>
 * </ul>
 * The shares tell the scheduler which requests to place first: when participants are full, placing the
 * requests of a maximum matching leaves none of the capacity idle that a first-come choice would. (The
 * maximum matching of the highest total priority, a minimum-cost flow, was tried: its half shares round
 * worse, and it placed 6 to 10 fewer meetings on four benchmark events; the search raises priorities after.)
 *
 * @param meetings the bound
 * @param shares each request's share in the maximum matching (absent: none)
 */
record UpperBound(int meetings, Map<UUID, Double> shares) {

    static UpperBound of(SchedulingProblem problem) {
        Map<UUID, SchedulingProblem.Party> parties = new HashMap<>();
        problem.parties().forEach(party -> parties.put(party.organisationId(), party));
        SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> network = new SimpleDirectedWeightedGraph<>(
                DefaultWeightedEdge.class);
        String source = "source";
        String sink = "sink";
        network.addVertex(source);
        network.addVertex(sink);
        // built in the order of the ids, so that the flow found does not depend on how the input was listed
        for (SchedulingProblem.Party party : problem.parties().stream()
                .sorted(Comparator.comparing(SchedulingProblem.Party::organisationId)).toList()) {
            int most = Math.min(party.maxMeetings(), party.availableSlots().get(0, problem.slotCount()).cardinality());
            network.addVertex(asks(party.organisationId()));
            network.addVertex(meets(party.organisationId()));
            network.setEdgeWeight(network.addEdge(source, asks(party.organisationId())), most);
            network.setEdgeWeight(network.addEdge(meets(party.organisationId()), sink), most);
        }
        Map<UUID, List<DefaultWeightedEdge>> linksOf = new HashMap<>();
        for (SchedulingProblem.Request request : problem.requests().stream()
                .sorted(Comparator.comparing(SchedulingProblem.Request::id)).toList()) {
            if (!parties.containsKey(request.requester()) || !parties.containsKey(request.target())) {
                continue; // the scheduler refuses such a request with its reason
            }
            BitSet common = Scheduler.commonSlots(parties.get(request.requester()), parties.get(request.target()),
                    problem.slotCount());
            if (!common.isEmpty()) {
                linksOf.put(request.id(), java.util.stream.Stream.of(link(network, request.requester(), request.target()),
                        link(network, request.target(), request.requester())).filter(java.util.Objects::nonNull).toList());
            }
        }
        if (linksOf.isEmpty()) {
            return new UpperBound(0, Map.of());
        }
        MaximumFlow<DefaultWeightedEdge> flow = new PushRelabelMFImpl<>(network).getMaximumFlow(source, sink);
        Map<UUID, Double> shares = new HashMap<>();
        linksOf.forEach((request, links) -> {
            double share = links.stream().mapToDouble(flow.getFlowMap()::get).sum() / 2;
            if (share > 1e-9) {
                shares.put(request, share);
            }
        });
        long places = (long) problem.slotCount() * problem.tables().size();
        return new UpperBound((int) Math.min(places, Math.floor(flow.getValue() / 2 + 1e-9)), Map.copyOf(shares));
    }

    /** The request's share in the maximum matching: 1, one half, or 0. */
    double shareOf(UUID request) {
        return shares.getOrDefault(request, 0.0);
    }

    private static DefaultWeightedEdge link(SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> network, UUID from, UUID to) {
        DefaultWeightedEdge edge = network.addEdge(asks(from), meets(to));
        if (edge != null) {
            network.setEdgeWeight(edge, 1);
        }
        return edge;
    }

    private static String asks(UUID organisation) {
        return "L" + organisation;
    }

    private static String meets(UUID organisation) {
        return "R" + organisation;
    }
}
