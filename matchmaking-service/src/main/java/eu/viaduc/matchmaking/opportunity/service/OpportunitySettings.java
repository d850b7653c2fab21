package eu.viaduc.matchmaking.opportunity.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long opportunities live and how often the expiry job looks for those whose time is up. */
@ConfigMapping(prefix = "viaduc.matchmaking.opportunities")
public interface OpportunitySettings {

    /** The life of a published or renewed opportunity (a partner search lives until its call deadline instead). */
    @WithDefault("P365D")
    Duration lifetime();

    /**
     * How often expired opportunities are looked for. The scheduler reads the property itself
     * ({@code @Scheduled(every = ...)}); it is declared here because a mapping refuses properties
     * under its prefix that it does not know.
     */
    @WithDefault("1m")
    String expiryEvery();
}
