package eu.viaduc.matchmaking.alert.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.matchmaking.alert.model.AlertRecipient;
import eu.viaduc.platform.members.PersonErased;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * The caller as a recipient of alerts, reached at the e-mail address of their token. A person erased in
 * members-service is forgotten here with their saved searches and alerts (the foreign keys cascade).
 */
@ApplicationScoped
public class AlertRecipients {

    private final EntityManager entityManager;
    private final Caller caller;

    @Inject
    public AlertRecipients(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    /** The caller as a recipient, created or brought up to date with their address and language. */
    public AlertRecipient caller(String language) {
        if (!caller.isPerson()) {
            throw ProblemException.forbidden("alerts are for people; a partner app follows the events instead");
        }
        // asking for alerts brings urgent needs for the person's organisations' competences too, until turned off
        return reachable(language, true).orElseThrow(() -> ProblemException.conflict(
                "your account has no e-mail address for alerts; add one to your account first"));
    }

    /**
     * The caller made reachable by e-mail, as when they register for a matchmaking event: created or
     * brought up to date when they are a person whose token gives an address, nothing otherwise. Being
     * reachable turns on no alert they have not asked for (urgent needs stay off for a new recipient).
     */
    public Optional<AlertRecipient> reachableCaller(String language) {
        return reachable(language, false);
    }

    private Optional<AlertRecipient> reachable(String language, boolean urgentNeedsIfNew) {
        if (!caller.isPerson() || caller.email().isEmpty()) {
            return Optional.empty();
        }
        String email = caller.email().get();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        AlertRecipient recipient = entityManager.find(AlertRecipient.class, caller.id());
        if (recipient == null) {
            recipient = new AlertRecipient(caller.id(), email, language, urgentNeedsIfNew, now);
            entityManager.persist(recipient);
        } else {
            recipient.reachAt(email, language, now);
        }
        return Optional.of(recipient);
    }

    void forget(@Observes PersonErased erased) {
        entityManager.createQuery("delete from AlertRecipient r where r.subject = :subject")
                .setParameter("subject", erased.subject()).executeUpdate();
    }
}
