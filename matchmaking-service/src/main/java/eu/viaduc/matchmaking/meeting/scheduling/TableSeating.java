package eu.viaduc.matchmaking.meeting.scheduling;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seats the meetings of one slot at the event's tables. Pinned meetings keep their table; the others,
 * largest first, each take the smallest free table that seats them. Since a table either seats a meeting
 * or seats every smaller one too, largest-first seats as many meetings as any assignment could: the
 * solver's table constraint counts what this leaves standing, and the final plan takes its tables from it.
 */
final class TableSeating {

    private static final Comparator<PlannedMeeting> LARGEST_FIRST = Comparator.comparingInt(PlannedMeeting::seats)
            .reversed().thenComparing(PlannedMeeting::requestId);

    private final int[] seatsAt;
    private final List<SeatLevel> levels;

    TableSeating(List<SchedulingProblem.Table> tables) {
        seatsAt = tables.stream().mapToInt(SchedulingProblem.Table::seats).toArray();
        int[] sizes = java.util.Arrays.stream(seatsAt).distinct().sorted().toArray();
        List<SeatLevel> all = new java.util.ArrayList<>();
        for (int level = 0; level < sizes.length; level++) {
            int seats = sizes[level];
            all.add(new SeatLevel(level, seats, (int) java.util.Arrays.stream(seatsAt).filter(s -> s >= seats).count()));
        }
        // a meeting larger than every table needs a level no table reaches
        all.add(new SeatLevel(sizes.length, Integer.MAX_VALUE, 0));
        levels = List.copyOf(all);
    }

    /**
     * A table size, and how many tables are at least that large. In one slot, the meetings needing a table
     * of at least each size must not outnumber those tables: then, and only then, every meeting gets a
     * table (the solver counts this per slot and size, which it can keep up to date cheaply).
     */
    record SeatLevel(int index, int seats, int tables) {
    }

    /** The sizes a meeting of so many people counts against: every size up to the smallest table that seats them. */
    List<SeatLevel> levelsFor(int seats) {
        List<SeatLevel> needed = new java.util.ArrayList<>();
        for (SeatLevel level : levels) {
            needed.add(level);
            if (level.seats() >= seats) {
                break;
            }
        }
        return List.copyOf(needed);
    }

    int tableCount() {
        return seatsAt.length;
    }

    int seatsAt(int table) {
        return seatsAt[table];
    }

    /** How many of these meetings (all in one slot) no table is left for. */
    int unseated(Collection<PlannedMeeting> meetings) {
        return meetings.size() - seat(meetings).size();
    }

    /** The table of each meeting that gets one, by table index. */
    Map<PlannedMeeting, Integer> seat(Collection<PlannedMeeting> meetings) {
        return seat(meetings, PlannedMeeting::keptTable);
    }

    /**
     * As {@link #seat(Collection)}, but a meeting published in this slot keeps its table too, unless that
     * leaves another meeting without one: re-planning does not shuffle tables it need not.
     */
    Map<PlannedMeeting, Integer> seatKeepingTables(Collection<PlannedMeeting> meetings) {
        Map<PlannedMeeting, Integer> keeping = seat(meetings, PlannedMeeting::tableInItsSlot);
        return keeping.size() == meetings.size() ? keeping : seat(meetings);
    }

    private Map<PlannedMeeting, Integer> seat(Collection<PlannedMeeting> meetings,
            java.util.function.Function<PlannedMeeting, Integer> fixedTable) {
        Map<PlannedMeeting, Integer> tableOf = new HashMap<>();
        boolean[] taken = new boolean[seatsAt.length];
        for (PlannedMeeting meeting : meetings.stream().sorted(java.util.Comparator.comparing(
                (PlannedMeeting m) -> !m.pinned()).thenComparing(PlannedMeeting::requestId)).toList()) {
            Integer kept = fixedTable.apply(meeting);
            if (kept != null && kept < seatsAt.length && !taken[kept] && seatsAt[kept] >= meeting.seats()) {
                taken[kept] = true;
                tableOf.put(meeting, kept);
            }
        }
        TreeMap<Integer, ArrayDeque<Integer>> freeBySeats = new TreeMap<>();
        for (int table = 0; table < seatsAt.length; table++) {
            if (!taken[table]) {
                freeBySeats.computeIfAbsent(seatsAt[table], seats -> new ArrayDeque<>()).add(table);
            }
        }
        List<PlannedMeeting> others = meetings.stream().filter(meeting -> !tableOf.containsKey(meeting))
                .sorted(LARGEST_FIRST).toList();
        for (PlannedMeeting meeting : others) {
            Map.Entry<Integer, ArrayDeque<Integer>> fitting = freeBySeats.ceilingEntry(meeting.seats());
            if (fitting == null) {
                continue;
            }
            tableOf.put(meeting, fitting.getValue().poll());
            if (fitting.getValue().isEmpty()) {
                freeBySeats.remove(fitting.getKey());
            }
        }
        return tableOf;
    }
}
