package eu.viaduc.matchmaking.meeting.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.mailer.Mail;

import eu.viaduc.matchmaking.alert.model.Alert;
import eu.viaduc.matchmaking.alert.model.AlertRecipient;
import eu.viaduc.matchmaking.alert.service.AlertContent;
import eu.viaduc.matchmaking.meeting.model.EventSlot;
import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.matchmaking.organisation.model.OrganisationProfile;
import eu.viaduc.matchmaking.organisation.service.OrganisationProfiles;

/**
 * The e-mail of a meeting alert, in the person's language. It says where the meeting stands when the
 * e-mail is written, so a mail delayed by a mail server outage never sends anyone to a slot the meeting
 * has left since; times are the event's local time, with its zone.
 */
@ApplicationScoped
class MeetingAlertContent implements AlertContent {

    /** Subject and body of each kind; %1$s the other organisation, %2$s the event, %3$s the time or date. */
    private record Words(String subject, String body) {
    }

    private static final Map<String, Map<Alert.Kind, Words>> WORDS = Map.of(
            "en", Map.of(
                    Alert.Kind.MEETING_REQUESTED, new Words("[Viaduc] %1$s asks you for a meeting at %2$s",
                            "%1$s asks your organisation for a meeting at %2$s on %3$s."),
                    Alert.Kind.MEETING_SCHEDULED, new Words("[Viaduc] Meeting with %1$s at %3$s",
                            "Your meeting with %1$s at %2$s is on %3$s."),
                    Alert.Kind.MEETING_MOVED, new Words("[Viaduc] Meeting with %1$s moved to %3$s",
                            "Your meeting with %1$s at %2$s has moved: it is now on %3$s."),
                    Alert.Kind.MEETING_UNSCHEDULED, new Words("[Viaduc] Meeting with %1$s no longer scheduled",
                            "Your meeting with %1$s at %2$s (%3$s) is no longer scheduled.")),
            "fr", Map.of(
                    Alert.Kind.MEETING_REQUESTED, new Words("[Viaduc] %1$s vous propose un rendez-vous à %2$s",
                            "%1$s propose un rendez-vous à votre organisation à %2$s le %3$s."),
                    Alert.Kind.MEETING_SCHEDULED, new Words("[Viaduc] Rendez-vous avec %1$s à %3$s",
                            "Votre rendez-vous avec %1$s à %2$s a lieu le %3$s."),
                    Alert.Kind.MEETING_MOVED, new Words("[Viaduc] Rendez-vous avec %1$s déplacé à %3$s",
                            "Votre rendez-vous avec %1$s à %2$s a été déplacé : il a lieu le %3$s."),
                    Alert.Kind.MEETING_UNSCHEDULED, new Words("[Viaduc] Rendez-vous avec %1$s retiré du planning",
                            "Votre rendez-vous avec %1$s à %2$s (%3$s) n'est plus au planning.")),
            "nl", Map.of(
                    Alert.Kind.MEETING_REQUESTED, new Words("[Viaduc] %1$s vraagt u een afspraak op %2$s",
                            "%1$s vraagt uw organisatie een afspraak op %2$s op %3$s."),
                    Alert.Kind.MEETING_SCHEDULED, new Words("[Viaduc] Afspraak met %1$s om %3$s",
                            "Uw afspraak met %1$s op %2$s is op %3$s."),
                    Alert.Kind.MEETING_MOVED, new Words("[Viaduc] Afspraak met %1$s verplaatst naar %3$s",
                            "Uw afspraak met %1$s op %2$s is verplaatst: ze is nu op %3$s."),
                    Alert.Kind.MEETING_UNSCHEDULED, new Words("[Viaduc] Afspraak met %1$s niet meer gepland",
                            "Uw afspraak met %1$s op %2$s (%3$s) is niet meer gepland.")));

    /** Before the message, the answer link and the agenda link, in each language. */
    private static final Map<String, String[]> LINES = Map.of(
            "en", new String[] {"Their message: ", "Accept or decline it before %s: ", "Table %s. Your agenda: "},
            "fr", new String[] {"Leur message : ", "Acceptez-le ou déclinez-le avant le %s : ", "Table %s. Votre agenda : "},
            "nl", new String[] {"Hun bericht: ", "Aanvaard of weiger het voor %s: ", "Tafel %s. Uw agenda: "});

    private final EntityManager entityManager;
    private final OrganisationProfiles organisations;
    private final String links;

    @Inject
    MeetingAlertContent(EntityManager entityManager, OrganisationProfiles organisations,
            @ConfigProperty(name = "viaduc.matchmaking.alerts.meeting-links",
                    defaultValue = "http://localhost:8080/api/v1/matchmaking-events/") String links) {
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.links = links;
    }

    @Override
    public boolean writes(Alert.Kind kind) {
        return kind.name().startsWith("MEETING_");
    }

    @Override
    public Mail compose(Alert alert, AlertRecipient recipient) {
        MeetingRequest request = entityManager.find(MeetingRequest.class, alert.meetingRequestId());
        MatchmakingEvent event = entityManager.find(MatchmakingEvent.class, request.eventId());
        String language = WORDS.containsKey(recipient.language()) ? recipient.language() : "en";
        Locale locale = Locale.forLanguageTag(language);
        ZoneId zone = ZoneId.of(event.timeZone());
        UUID side = alert.organisationId();
        String other = nameOf(request.otherSide(side));
        String date = event.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        String[] lines = LINES.get(language);
        String agenda = links + event.id() + "/agenda?organisationId=" + side;
        Alert.Kind kind = standing(alert.kind(), request);
        Words words = WORDS.get(language).get(kind);
        return switch (kind) {
            case MEETING_REQUESTED -> {
                String expires = request.expiresAt().atZoneSameInstant(zone).format(
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
                String body = words.body().formatted(other, event.title(), date) + "\n\n"
                        + (request.message() == null ? "" : lines[0] + request.message() + "\n\n")
                        + lines[1].formatted(expires) + links + event.id() + "/meeting-requests?organisationId=" + side + "\n";
                yield Mail.withText(recipient.email(), words.subject().formatted(other, event.title(), date), body);
            }
            case MEETING_SCHEDULED, MEETING_MOVED -> {
                EventSlot slot = event.slots().get(request.slot());
                DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm", locale);
                String time = slot.startsAt().atZoneSameInstant(zone).format(hours);
                String when = date + ", " + time + "–" + slot.endsAt().atZoneSameInstant(zone).format(hours) + " (" + zone + ")";
                String body = words.body().formatted(other, event.title(), when) + "\n"
                        + lines[2].formatted(event.tables().get(request.table()).name()) + agenda + "\n";
                yield Mail.withText(recipient.email(), words.subject().formatted(other, event.title(), time), body);
            }
            default -> Mail.withText(recipient.email(), words.subject().formatted(other, event.title(), date),
                    words.body().formatted(other, event.title(), date) + "\n\n" + agenda + "\n");
        };
    }

    /** What the e-mail says: a meeting's alert follows where the meeting stands now. */
    private static Alert.Kind standing(Alert.Kind kind, MeetingRequest request) {
        if (kind == Alert.Kind.MEETING_REQUESTED) {
            return kind;
        }
        if (request.slot() == null) {
            return Alert.Kind.MEETING_UNSCHEDULED;
        }
        return kind == Alert.Kind.MEETING_MOVED ? kind : Alert.Kind.MEETING_SCHEDULED;
    }

    private String nameOf(UUID organisation) {
        return organisations.find(organisation).map(OrganisationProfile::name).orElse("an organisation");
    }
}
