package eu.viaduc.webhooks.subscription.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.webhooks.callback.CallbackGuard;
import eu.viaduc.webhooks.subscription.model.Secrets;
import eu.viaduc.webhooks.subscription.model.Subscription;

/** A partner app subscribes its callback to public event types; it gets the signing secret once. */
@ApplicationScoped
public class CreateSubscription {

    private final EntityManager entityManager;
    private final CallbackGuard guard;
    private final SubscriptionSettings settings;

    @Inject
    public CreateSubscription(EntityManager entityManager, CallbackGuard guard, SubscriptionSettings settings) {
        this.entityManager = entityManager;
        this.guard = guard;
        this.settings = settings;
    }

    @Transactional
    public Subscription create(String owner, String callbackUrl, List<String> eventTypes) {
        String refusal = guard.refusal(callbackUrl);
        if (refusal != null) {
            throw ProblemException.invalid("callbackUrl", refusal);
        }
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!settings.eventTypes().contains(eventTypes.get(i))) {
                throw ProblemException.invalid("eventTypes[" + i + "]",
                        "is not a public event type (GET /api/v1/webhooks/event-types lists them)");
            }
        }
        Subscription subscription = new Subscription(owner, callbackUrl, eventTypes, Secrets.generate(),
                OffsetDateTime.now(ZoneOffset.UTC));
        entityManager.persist(subscription);
        return subscription;
    }
}
