package eu.viaduc.matchmaking.ranking.model;

import java.util.List;

/** A sentence to be written in the reader's language: its key in {@link Sentences} and its values. */
public record Message(String key, List<Object> args) {

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
