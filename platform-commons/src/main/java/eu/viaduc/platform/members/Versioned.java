package eu.viaduc.platform.members;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** An aggregate as one of its events gives it, with the aggregate's version in that event. */
public record Versioned<T>(T value, long version) {

    /**
     * The latest version of each aggregate in these, in order of first appearance: one statement may
     * not write a row twice, and an older version would change nothing anyway.
     */
    static <T, K> List<Versioned<T>> latestOf(List<Versioned<T>> all, Function<T, K> key) {
        Map<K, Versioned<T>> latest = new LinkedHashMap<>();
        for (Versioned<T> one : all) {
            latest.merge(key.apply(one.value()), one, (known, other) -> other.version() > known.version() ? other : known);
        }
        return new ArrayList<>(latest.values());
    }
}
