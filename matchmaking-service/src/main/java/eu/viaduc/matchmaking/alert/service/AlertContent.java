package eu.viaduc.matchmaking.alert.service;

import io.quarkus.mailer.Mail;

import eu.viaduc.matchmaking.alert.model.Alert;
import eu.viaduc.matchmaking.alert.model.AlertRecipient;

/**
 * Writes the e-mail of some kinds of alerts. The feature an alert is about knows what to say (an
 * opportunity, a meeting); the mail job only sends, retries and records.
 */
public interface AlertContent {

    boolean writes(Alert.Kind kind);

    /** The e-mail to the recipient, in their language (en, fr or nl; English otherwise). */
    Mail compose(Alert alert, AlertRecipient recipient);
}
