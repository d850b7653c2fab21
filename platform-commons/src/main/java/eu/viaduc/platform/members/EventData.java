package eu.viaduc.platform.members;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.InvalidEventException;

/** Reads an event's data into the record of what this service needs of it. */
final class EventData {

    private EventData() {
    }

    static <T> T read(ObjectMapper mapper, CloudEvent event, Class<T> type) {
        try {
            return mapper.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(event.type() + " data cannot be read: " + e.getOriginalMessage());
        }
    }
}
