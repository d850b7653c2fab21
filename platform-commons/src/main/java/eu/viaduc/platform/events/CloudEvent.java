package eu.viaduc.platform.events;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A CloudEvents 1.0 event as Viaduc publishes and consumes it: JSON data, carried in Kafka
 * binary mode (attributes in {@code ce_*} headers, data as the record value).
 *
 * @param id      unique per source; consumers deduplicate on (source, id)
 * @param source  the producing service, e.g. {@code /viaduc/members-service}
 * @param type    versioned type, e.g. {@code eu.viaduc.members.organisation.registered.v1}
 * @param subject the aggregate id; also the Kafka key, so one aggregate's events stay in order
 * @param time    when the change happened (UTC)
 * @param data    the JSON data, as text
 */
public record CloudEvent(String id, String source, String type, String subject, OffsetDateTime time, String data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }
}
