package eu.viaduc.matchmaking.alert.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.alert.model.AlertRecipient;

/** Whether urgent needs for the caller's organisations' competences reach them, and at which address. */
@ApplicationScoped
public class ChangeAlertSettings {

    private final AlertRecipients recipients;

    @Inject
    public ChangeAlertSettings(AlertRecipients recipients) {
        this.recipients = recipients;
    }

    @Transactional
    public AlertRecipient change(boolean urgentNeeds, String language) {
        AlertRecipient recipient = recipients.caller(language);
        recipient.urgentNeeds(urgentNeeds, OffsetDateTime.now(ZoneOffset.UTC));
        return recipient;
    }
}
