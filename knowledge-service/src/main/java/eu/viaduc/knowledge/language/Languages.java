package eu.viaduc.knowledge.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages of the platform's partners, and which text a reader gets. The reader's languages
 * come first, in the order of their Accept-Language weights; then the resource's original language;
 * then English; then the others in the order of {@link #ALL}.
 */
public final class Languages {

    /** English, French, Dutch, Spanish, Bulgarian, Romanian, Danish (ISO 639-1). */
    public static final List<String> ALL = List.of("en", "fr", "nl", "es", "bg", "ro", "da");

    /** PostgreSQL's text search configuration for each language: a stemmer, or exact words for Bulgarian. */
    public static String textSearchConfig(String language) {
        return switch (language) {
            case "en" -> "pg_catalog.english";
            case "fr" -> "pg_catalog.french";
            case "nl" -> "pg_catalog.dutch";
            case "es" -> "pg_catalog.spanish";
            case "ro" -> "pg_catalog.romanian";
            case "da" -> "pg_catalog.danish";
            default -> "pg_catalog.simple";
        };
    }

    private Languages() {
    }

    public static boolean isKnown(String language) {
        return ALL.contains(language);
    }

    /** The language to serve among those the text exists in. */
    public static String negotiate(List<Locale> acceptable, Set<String> available, String original) {
        for (String candidate : preferenceOrder(acceptable, original)) {
            if (available.contains(candidate)) {
                return candidate;
            }
        }
        return available.iterator().next();
    }

    /** The reader's languages (known ones, by weight), the original language, English, then the rest. */
    public static List<String> preferenceOrder(List<Locale> acceptable, String original) {
        Set<String> order = new LinkedHashSet<>();
        for (Locale locale : acceptable) {
            String language = locale.getLanguage().toLowerCase(Locale.ROOT);
            if (isKnown(language)) {
                order.add(language);
            }
        }
        if (original != null) {
            order.add(original);
        }
        order.add("en");
        order.addAll(ALL);
        return new ArrayList<>(order);
    }
}
