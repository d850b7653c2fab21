package eu.viaduc.matchmaking.alert.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import eu.viaduc.matchmaking.alert.model.Alert;
import eu.viaduc.matchmaking.alert.model.AlertRecipient;

/**
 * Sends the alerts not mailed yet over SMTP (Quarkus Mailer), a batch per transaction, rows another
 * instance is sending skipped. A failed send stays in the table and is tried again after a growing
 * pause, so a mail server outage delays alerts and loses none; urgent needs go first. What an e-mail says
 * is written by the {@link AlertContent} of its kind.
 */
@ApplicationScoped
public class MailAlerts {

    private static final Logger LOG = Logger.getLogger(MailAlerts.class);
    private static final int BATCH = 50;

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final List<AlertContent> contents;

    @Inject
    public MailAlerts(EntityManager entityManager, Mailer mailer, @Any Instance<AlertContent> contents) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.contents = contents.stream().toList();
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
        AlertContent content = contents.stream().filter(c -> c.writes(alert.kind())).findFirst()
                .orElseThrow(() -> new IllegalStateException("nothing writes alerts of kind " + alert.kind()));
        return content.compose(alert, recipient);
    }
}
