package eu.viaduc.matchmaking.opportunity.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages opportunities are written in (the EU's 24 official languages, ISO 639-1), and which
 * text a reader gets: the reader's languages by their Accept-Language weights, then the opportunity's
 * original language, then English, then any.
 */
public final class TextLanguages {

    public static final List<String> EU = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga",
            "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

    private TextLanguages() {
    }

    public static boolean isKnown(String language) {
        return EU.contains(language);
    }

    /** The language to serve among those the text exists in. */
    public static String negotiate(List<Locale> acceptable, Set<String> available, String original) {
        Set<String> order = new LinkedHashSet<>();
        for (Locale locale : acceptable) {
            order.add(locale.getLanguage().toLowerCase(Locale.ROOT));
        }
        order.add(original);
        order.add("en");
        for (String candidate : order) {
            if (available.contains(candidate)) {
                return candidate;
            }
        }
        return new ArrayList<>(available).stream().sorted().findFirst().orElse(original);
    }
}
