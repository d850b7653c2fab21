package eu.viaduc.exchange.activity.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import eu.viaduc.exchange.activity.model.Activity;
import eu.viaduc.platform.security.Caller;

/** The caller's agenda (the activities they hold a place at) as an iCalendar a calendar application opens. */
@ApplicationScoped
public class Agenda {

    private final Activities activities;
    private final Caller caller;

    @Inject
    public Agenda(Activities activities, Caller caller) {
        this.activities = activities;
        this.caller = caller;
    }

    public String ofCaller() {
        List<Activity> agenda = activities.agendaOf(caller.id());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Viaduc//exchange-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (Activity activity : agenda) {
            // times in UTC: every calendar application shows them in its own time zone
            VEvent event = new VEvent(activity.startsAt().toInstant(), activity.endsAt().toInstant(), activity.title());
            event.add(new Uid(activity.id() + "@viaduc.eu"));
            event.add(new Location(activity.location()));
            if (activity.description() != null) {
                event.add(new Description(activity.description()));
            }
            calendar.add(event);
        }
        return calendar.toString();
    }
}
