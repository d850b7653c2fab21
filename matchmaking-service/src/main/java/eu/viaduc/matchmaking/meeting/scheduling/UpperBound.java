package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * How many meetings a plan can hold at most, so that a result can be judged without knowing the best
 * one. The least of:
 * <ul>
 * <li>the tables times the slots;</li>
 * <li>the most meetings that keep every participant within the least of its maximum and its available
 * slots, among the requests whose two sides share a slot, ignoring which slot each meeting takes.
 * Counted as a fractional matching (each request a share between 0 and 1), a maximum flow through the
 * requests taken both ways, halved: never below the whole-meeting count, so still a bound.</li>
 * </ul>
 */
final class UpperBound {

    private UpperBound() {
    }

    static int of(SchedulingProblem problem) {
        Map<UUID, SchedulingProblem.Party> parties = new HashMap<>();
        problem.parties().forEach(party -> parties.put(party.organisationId(), party));
        SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> network = new SimpleDirectedWeightedGraph<>(
                DefaultWeightedEdge.class);
        String source = "source";
        String sink = "sink";
        network.addVertex(source);
        network.addVertex(sink);
        for (SchedulingProblem.Party party : problem.parties()) {
            int most = Math.min(party.maxMeetings(), party.availableSlots().get(0, problem.slotCount()).cardinality());
            network.addVertex(asks(party.organisationId()));
            network.addVertex(meets(party.organisationId()));
            network.setEdgeWeight(network.addEdge(source, asks(party.organisationId())), most);
            network.setEdgeWeight(network.addEdge(meets(party.organisationId()), sink), most);
        }
        boolean any = false;
        for (SchedulingProblem.Request request : problem.requests()) {
            BitSet common = Scheduler.commonSlots(parties.get(request.requester()), parties.get(request.target()),
                    problem.slotCount());
            if (common.isEmpty()) {
                continue;
            }
            any = true;
            link(network, request.requester(), request.target());
            link(network, request.target(), request.requester());
        }
        if (!any) {
            return 0;
        }
        double meetings = new PushRelabelMFImpl<>(network).getMaximumFlowValue(source, sink) / 2;
        long places = (long) problem.slotCount() * problem.tables().size();
        return (int) Math.min(places, Math.floor(meetings + 1e-9));
    }

    private static void link(SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> network, UUID from, UUID to) {
        DefaultWeightedEdge edge = network.addEdge(asks(from), meets(to));
        if (edge != null) {
            network.setEdgeWeight(edge, 1);
        }
    }

    private static String asks(UUID organisation) {
        return "L" + organisation;
    }

    private static String meets(UUID organisation) {
        return "R" + organisation;
    }
}
