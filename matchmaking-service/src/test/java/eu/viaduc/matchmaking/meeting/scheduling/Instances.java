package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import eu.viaduc.matchmaking.meeting.scheduling.SchedulingProblem.Party;
import eu.viaduc.matchmaking.meeting.scheduling.SchedulingProblem.Request;
import eu.viaduc.matchmaking.meeting.scheduling.SchedulingProblem.Table;

/** Problems for the scheduler's tests and benchmark, made from a seed so that each is the same every run. */
final class Instances {

    private Instances() {
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static BitSet slots(int... indices) {
        BitSet set = new BitSet();
        for (int index : indices) {
            set.set(index);
        }
        return set;
    }

    static BitSet allSlots(int count) {
        BitSet set = new BitSet();
        set.set(0, count);
        return set;
    }

    static Party party(String name, int maxMeetings, BitSet available) {
        return new Party(id(name), Set.of(name + "@person"), maxMeetings, available);
    }

    static Request request(String name, Party requester, Party target, int priority) {
        return new Request(id(name), requester.organisationId(), target.organisationId(), priority, null);
    }

    static List<Table> tables(int count, int seats) {
        List<Table> tables = new ArrayList<>();
        for (int table = 0; table < count; table++) {
            tables.add(new Table("T" + (table + 1), seats));
        }
        return tables;
    }

    /**
     * A brokerage event: each participant available for most slots (a gap of a few), wanting up to a
     * number of meetings, one or two people each, and requests between random distinct pairs.
     */
    static SchedulingProblem random(long seed, int participants, int requests, int slotCount, int tableCount) {
        Random random = new Random(seed);
        List<Party> parties = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            BitSet available = allSlots(slotCount);
            int gaps = random.nextInt(Math.max(1, slotCount / 4) + 1);
            for (int gap = 0; gap < gaps; gap++) {
                available.clear(random.nextInt(slotCount));
            }
            Set<String> people = random.nextInt(4) == 0 ? Set.of("p" + p + "a", "p" + p + "b") : Set.of("p" + p + "a");
            parties.add(new Party(id(seed + "/party/" + p), people, 1 + random.nextInt(slotCount), available));
        }
        List<Request> list = new ArrayList<>();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        while (list.size() < requests && pairs.size() < participants * (participants - 1) / 2) {
            int a = random.nextInt(participants);
            int b = random.nextInt(participants);
            if (a == b || !pairs.add(Math.min(a, b) + "-" + Math.max(a, b))) {
                continue;
            }
            list.add(new Request(id(seed + "/request/" + list.size()), parties.get(a).organisationId(),
                    parties.get(b).organisationId(), 1 + random.nextInt(5), null));
        }
        List<Table> tables = new ArrayList<>();
        for (int table = 0; table < tableCount; table++) {
            tables.add(new Table("T" + (table + 1), random.nextInt(5) == 0 ? 2 : 4));
        }
        return new SchedulingProblem(slotCount, tables, parties, list, false);
    }
}
