package eu.viaduc.platform.events;

import java.util.Properties;

import org.eclipse.microprofile.config.Config;

/**
 * Every {@code kafka.*} property of the service (bootstrap servers, TLS, SASL, ...) without the
 * prefix, as SmallRye's Kafka connector gives them to the consumers: the clients platform-commons
 * makes itself (the outbox relay, the dead-letter replay) connect the same way.
 */
public final class KafkaSettings {

    private KafkaSettings() {
    }

    public static Properties of(Config config) {
        Properties settings = new Properties();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.")) {
                config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(name.substring(6), value));
            }
        }
        settings.putIfAbsent("bootstrap.servers", "localhost:9092");
        return settings;
    }
}
