package eu.viaduc.platform.rest;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

import eu.viaduc.platform.problem.ProblemException;

/**
 * PostgreSQL cannot store the NUL character (U+0000) in text: a request carrying one in a JSON
 * string, a query or a path parameter is a 400 naming the field, not a 500 from the database.
 */
public final class StorableText {

    static final String MESSAGE = "must not contain the NUL character (U+0000)";

    private StorableText() {
    }

    public static boolean isStorable(String text) {
        return text == null || text.indexOf('\u0000') < 0;
    }

    /** Every JSON string the services read, in bodies and in events. */
    @Singleton
    public static class JsonStrings implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("viaduc-storable-text").addDeserializer(String.class, new Deserializer()));
        }
    }

    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (!isStorable(text)) {
                throw InvalidFormatException.from(parser, MESSAGE, text, String.class);
            }
            return text;
        }
    }

    /** Query and path parameters, before any resource method sees them. */
    public static class Parameters {

        @ServerRequestFilter
        public void rejectNul(UriInfo uri) {
            check(uri.getQueryParameters());
            check(uri.getPathParameters());
        }

        private static void check(Map<String, List<String>> parameters) {
            parameters.forEach((name, values) -> values.forEach(value -> {
                if (!isStorable(value)) {
                    throw ProblemException.invalid(name, MESSAGE);
                }
            }));
        }
    }
}
