package eu.viaduc.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

/** The CloudEvents Kafka protocol binding, binary content mode, for {@link CloudEvent}s. */
public final class KafkaCloudEvents {

    static final String SPEC_VERSION = "ce_specversion";
    static final String ID = "ce_id";
    static final String SOURCE = "ce_source";
    static final String TYPE = "ce_type";
    static final String SUBJECT = "ce_subject";
    static final String TIME = "ce_time";
    static final String CONTENT_TYPE = "content-type";

    private KafkaCloudEvents() {
    }

    public static ProducerRecord<String, String> toRecord(String topic, CloudEvent event) {
        List<Header> headers = List.of(
                header(SPEC_VERSION, CloudEvent.SPEC_VERSION),
                header(ID, event.id()),
                header(SOURCE, event.source()),
                header(TYPE, event.type()),
                header(SUBJECT, event.subject()),
                header(TIME, event.time().toString()),
                header(CONTENT_TYPE, CloudEvent.DATA_CONTENT_TYPE));
        return new ProducerRecord<>(topic, null, event.subject(), event.data(), headers);
    }

    /**
     * Reads a binary-mode CloudEvent; a record that is not one is rejected with every missing or
     * malformed attribute named, because a poison message must say why it is poison.
     */
    public static CloudEvent fromRecord(ConsumerRecord<String, String> record) {
        Headers headers = record.headers();
        List<String> problems = new ArrayList<>();
        String specVersion = text(headers, SPEC_VERSION);
        if (!CloudEvent.SPEC_VERSION.equals(specVersion)) {
            problems.add(SPEC_VERSION + " must be " + CloudEvent.SPEC_VERSION + " but was " + specVersion);
        }
        String id = required(headers, ID, problems);
        String source = required(headers, SOURCE, problems);
        String type = required(headers, TYPE, problems);
        String subject = required(headers, SUBJECT, problems);
        OffsetDateTime time = null;
        String timeText = required(headers, TIME, problems);
        if (timeText != null) {
            try {
                time = Rfc3339.parse(timeText);
            } catch (DateTimeParseException e) {
                problems.add(TIME + " is not an RFC 3339 timestamp: " + timeText);
            }
        }
        String contentType = text(headers, CONTENT_TYPE);
        if (contentType != null && !contentType.startsWith(CloudEvent.DATA_CONTENT_TYPE)) {
            problems.add(CONTENT_TYPE + " must be " + CloudEvent.DATA_CONTENT_TYPE + " but was " + contentType);
        }
        if (record.value() == null) {
            problems.add("the record has no data");
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventException("not a CloudEvent: " + String.join("; ", problems));
        }
        return new CloudEvent(id, source, type, subject, time, record.value());
    }

    private static String required(Headers headers, String name, List<String> problems) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            problems.add(name + " is missing");
            return null;
        }
        return value;
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
