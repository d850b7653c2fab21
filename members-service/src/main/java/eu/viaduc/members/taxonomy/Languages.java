package eu.viaduc.members.taxonomy;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 639-1 language codes of multilingual texts, and the PostgreSQL text-search configuration
 * that stems each (languages PostgreSQL cannot stem, such as Bulgarian, are indexed word by word).
 */
public final class Languages {

    public static final String CODE_PATTERN = "[a-z]{2}";
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    /** Kept in step with the SQL function viaduc_text_search_config of the members migrations. */
    private static final Map<String, String> STEMMERS = Map.ofEntries(Map.entry("da", "danish"),
            Map.entry("de", "german"), Map.entry("el", "greek"), Map.entry("en", "english"),
            Map.entry("es", "spanish"), Map.entry("fi", "finnish"), Map.entry("fr", "french"),
            Map.entry("ga", "irish"), Map.entry("hu", "hungarian"), Map.entry("it", "italian"),
            Map.entry("lt", "lithuanian"), Map.entry("nl", "dutch"), Map.entry("pt", "portuguese"),
            Map.entry("ro", "romanian"), Map.entry("sv", "swedish"));

    private Languages() {
    }

    public static boolean isLanguage(String code) {
        return code != null && ISO_639_1.contains(code);
    }

    /** The text-search configuration for a language: its stemmer, or 'simple'. */
    public static String textSearchConfig(String language) {
        return STEMMERS.getOrDefault(language, "simple");
    }

    public static Collection<String> stemmers() {
        return STEMMERS.values();
    }
}
