package eu.viaduc.platform.rest;

import java.util.List;

import eu.viaduc.platform.problem.ProblemException;

/**
 * Optimistic locking over HTTP: a resource's ETag is its version; an update must send it back
 * in If-Match, so a client never overwrites a change it has not seen.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The tag of one representation of a version, where the body holds more than the version decides (a
     * text in the reader's language, a name read from elsewhere): {@code "<version>.<variant>"}. A client's
     * polling then sees the change ({@code If-None-Match}), and the tag still works in {@code If-Match}.
     */
    public static String of(long version, String variant) {
        return "\"" + version + "." + variant + "\"";
    }

    /** Rejects an update whose If-Match is missing (428) or names another version (412). */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "Precondition Required",
                    "send the resource's ETag in If-Match, so that you do not overwrite a change you have not seen",
                    List.of());
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        int variant = tag.indexOf('.');
        if (variant > 0 && tag.endsWith("\"")) {
            tag = tag.substring(0, variant) + "\""; // one representation of the version: the version is what counts
        }
        if (!tag.equals(of(currentVersion)) && !tag.equals("*")) {
            throw staleVersion();
        }
    }

    public static ProblemException staleVersion() {
        return new ProblemException(412, "Precondition Failed",
                "the resource has changed since you read it; read it again and reapply your change", List.of());
    }
}
