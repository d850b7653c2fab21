package eu.viaduc.matchmaking.consortium.model;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.viaduc.matchmaking.ranking.model.Message;

/**
 * What the builder proposes: the teams, best first (empty when none is possible), the required
 * competences nobody offers, the obvious team the rules ruled out and why, what the search considered,
 * and its explanation as sentences to write in the reader's language.
 *
 * @param substitutes for a member, organisations that would do exactly the same in its place
 * @param ruledOut the smallest, best-fitting team without the diversity rules, when those rules rule it out
 * @param method EXACT when every organisation offering a required competence was considered, NARROWED when
 *               the search kept only the best ones (see {@link ConsortiumBuilder})
 * @param complete false when the search ran out of steps before it could prove its teams the best
 */
public record Proposal(List<String> required, TeamRules rules, List<Team> teams, List<String> uncovered,
        Map<UUID, List<Partner>> substitutes, RuledOut ruledOut, Method method, int candidates, int pool,
        boolean complete, long steps, List<Message> explanation) {

    public enum Method { EXACT, NARROWED }

    /** A team the rules exclude, and the rules it breaks. */
    public record RuledOut(Team team, List<Team.Violation> violations) {
    }
}
