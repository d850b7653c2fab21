package eu.viaduc.matchmaking.meeting.scheduling;

/**
 * A participant as the solver sees it: one instance per participant, compared by identity so that
 * counting meetings per participant hashes nothing but a reference.
 */
final class Side {

    private final int index;
    private final int maxMeetings;

    Side(int index, int maxMeetings) {
        this.index = index;
        this.maxMeetings = maxMeetings;
    }

    int index() {
        return index;
    }

    int maxMeetings() {
        return maxMeetings;
    }

    @Override
    public String toString() {
        return "participant " + index;
    }
}
