package eu.viaduc.matchmaking.meeting.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import eu.viaduc.platform.problem.ProblemException;

/**
 * A session of an event, in the event's local time, cut into slots of so many minutes with a break
 * after each.
 */
public record Session(String name, LocalTime start, LocalTime end, int slotMinutes, int breakMinutes) {

    /**
     * The slots of these sessions on that day in that zone, in time order. Refuses sessions that overlap,
     * that end before they start, or that hold no whole slot, naming the session at fault.
     */
    public static List<EventSlot> slotsOf(List<Session> sessions, LocalDate date, ZoneId zone) {
        if (sessions == null || sessions.isEmpty()) {
            throw ProblemException.invalid("sessions", "must hold at least one session");
        }
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            String field = "sessions[" + i + "]";
            if (session.start() == null || session.end() == null || !session.end().isAfter(session.start())) {
                throw ProblemException.invalid(field, "must end after it starts");
            }
            if (session.slotMinutes() < 5 || session.slotMinutes() > 240) {
                throw ProblemException.invalid(field + ".slotMinutes", "must be between 5 and 240");
            }
            if (session.breakMinutes() < 0 || session.breakMinutes() > 120) {
                throw ProblemException.invalid(field + ".breakMinutes", "must be between 0 and 120");
            }
            for (int j = 0; j < i; j++) {
                Session other = sessions.get(j);
                if (session.start().isBefore(other.end()) && other.start().isBefore(session.end())) {
                    throw ProblemException.invalid(field, "overlaps sessions[" + j + "] (" + other.start() + "-" + other.end() + ")");
                }
            }
        }
        List<Session> inOrder = sessions.stream().sorted(Comparator.comparing(Session::start)).toList();
        List<EventSlot> slots = new ArrayList<>();
        for (Session session : inOrder) {
            int before = slots.size();
            for (LocalTime start = session.start(); !start.plusMinutes(session.slotMinutes()).isAfter(session.end())
                    && !start.plusMinutes(session.slotMinutes()).isBefore(start); start = start.plusMinutes(
                            session.slotMinutes() + session.breakMinutes())) {
                slots.add(new EventSlot(slots.size(), session.name(), date.atTime(start).atZone(zone).toOffsetDateTime(),
                        date.atTime(start.plusMinutes(session.slotMinutes())).atZone(zone).toOffsetDateTime()));
                if (start.plusMinutes(session.slotMinutes() + session.breakMinutes()).isBefore(start)) {
                    break; // past midnight
                }
            }
            if (slots.size() == before) {
                throw ProblemException.invalid("sessions[" + sessions.indexOf(session) + "]",
                        "is shorter than one slot of " + session.slotMinutes() + " minutes");
            }
        }
        if (slots.size() > 200) {
            throw ProblemException.invalid("sessions", "make " + slots.size() + " slots; an event has at most 200");
        }
        return slots;
    }
}
