package eu.viaduc.webhooks.subscription.service;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;

/** viaduc.webhooks.*: what may be subscribed to, and how deliveries are retried and kept. */
@ConfigMapping(prefix = "viaduc.webhooks")
public interface SubscriptionSettings {

    /** The public event types a partner may subscribe to. */
    List<String> eventTypes();

    int maxAttempts();

    Duration firstRetry();

    Duration maxRetry();

    Duration timeout();

    /** Hosts a callback may name although they are private (local runs and tests only). */
    List<String> allowedPrivateHosts();

    Duration retention();
}
