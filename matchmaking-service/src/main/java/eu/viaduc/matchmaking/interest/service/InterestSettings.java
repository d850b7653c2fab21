package eu.viaduc.matchmaking.interest.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long an expression of interest waits for its answer, and how often the expiry job runs. */
@ConfigMapping(prefix = "viaduc.matchmaking.interests")
public interface InterestSettings {

    /** After this, a pending (SENT) expression expires, so that it does not linger in anyone's list. */
    @WithDefault("P30D")
    Duration pendingFor();

    /** Read by {@code @Scheduled(every = ...)}; declared because a mapping refuses properties it does not know. */
    @WithDefault("1m")
    String expiryEvery();
}
