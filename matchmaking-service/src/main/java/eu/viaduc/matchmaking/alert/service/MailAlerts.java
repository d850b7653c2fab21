package eu.viaduc.matchmaking.alert.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import eu.viaduc.matchmaking.alert.model.Alert;
import eu.viaduc.matchmaking.alert.model.AlertRecipient;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.model.OpportunityText;
import eu.viaduc.matchmaking.opportunity.model.TextLanguages;

/**
 * Sends the alerts not mailed yet over SMTP (Quarkus Mailer), a batch per transaction, rows another
 * instance is sending skipped. A failed send stays in the table and is tried again after a growing
 * pause, so a mail server outage delays alerts and loses none; urgent needs go first.
 */
@ApplicationScoped
public class MailAlerts {

    private static final Logger LOG = Logger.getLogger(MailAlerts.class);
    private static final int BATCH = 50;

    private static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("[Viaduc] Urgent need: ", "[Viaduc] New opportunity: ",
                    "An urgent need asks a competence your organisation offers.",
                    "An opportunity matches your saved search \"%s\".", "Read it and express your interest: "),
            "fr", List.of("[Viaduc] Besoin urgent : ", "[Viaduc] Nouvelle opportunité : ",
                    "Un besoin urgent demande une compétence que votre organisation propose.",
                    "Une opportunité correspond à votre recherche enregistrée « %s ».", "Lisez-la et manifestez votre intérêt : "),
            "nl", List.of("[Viaduc] Dringende behoefte: ", "[Viaduc] Nieuwe kans: ",
                    "Een dringende behoefte vraagt een competentie die uw organisatie biedt.",
                    "Een kans past bij uw bewaarde zoekopdracht \"%s\".", "Lees ze en toon uw interesse: "));

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final String links;

    @Inject
    public MailAlerts(EntityManager entityManager, Mailer mailer,
            @ConfigProperty(name = "viaduc.matchmaking.alerts.links", defaultValue = "http://localhost:8080/api/v1/opportunities/")
            String links) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.links = links;
    }

    @Scheduled(every = "${viaduc.matchmaking.alerts.mail-every:2s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void mailDue() {
        while (QuarkusTransaction.requiringNew().call(this::mailBatch) == BATCH) {
            // a full batch: there may be more
        }
    }

    /** Sends up to one batch of due alerts; returns how many were due. */
    int mailBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("""
                select id from alert where mailed_at is null and next_attempt_at <= now() and attempts < ?1
                order by kind = 'URGENT_NEED' desc, created_at limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, Alert.MAX_ATTEMPTS).setParameter(2, BATCH).getResultList();
        for (UUID id : due) {
            Alert alert = entityManager.find(Alert.class, id);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try {
                mailer.send(mail(alert));
                alert.mailed(now);
            } catch (RuntimeException e) {
                LOG.warnf("alert %s not mailed, to be tried again: %s", id, e.getMessage());
                alert.failed(e.getMessage(), now);
            }
        }
        return due.size();
    }

    private Mail mail(Alert alert) {
        AlertRecipient recipient = entityManager.find(AlertRecipient.class, alert.subject());
        Opportunity opportunity = entityManager.find(Opportunity.class, alert.opportunityId());
        String language = WORDS.containsKey(recipient.language()) ? recipient.language() : "en";
        List<String> words = WORDS.get(language);
        String shown = TextLanguages.negotiate(List.of(Locale.forLanguageTag(recipient.language())),
                opportunity.texts().keySet(), opportunity.originalLanguage());
        OpportunityText text = opportunity.texts().get(shown);
        boolean urgent = alert.kind() == Alert.Kind.URGENT_NEED;
        String why = urgent ? words.get(2) : words.get(3).formatted(searchName(alert));
        String body = why + "\n\n" + text.title() + "\n" + (text.description() == null ? "" : text.description() + "\n")
                + "\n" + words.get(4) + links + opportunity.id() + "\n";
        return Mail.withText(recipient.email(), (urgent ? words.get(0) : words.get(1)) + text.title(), body);
    }

    private String searchName(Alert alert) {
        if (alert.savedSearchId() == null) {
            return "";
        }
        return entityManager.createQuery("select s.name from SavedSearch s where s.id = :id", String.class)
                .setParameter("id", alert.savedSearchId()).getResultStream().findFirst().orElse("");
    }
}
