package eu.viaduc.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an event's data into the record of what a consumer needs of it; data that does not read is an
 * invalid event (dead-lettered at once, never retried).
 */
public final class EventData {

    private EventData() {
    }

    public static <T> T read(ObjectMapper mapper, CloudEvent event, Class<T> type) {
        try {
            return mapper.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(event.type() + " data cannot be read: " + e.getOriginalMessage());
        }
    }
}
