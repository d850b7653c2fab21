package eu.viaduc.taxonomy;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.platform.problem.ProblemException;

/**
 * The controlled competence vocabulary, from {@code taxonomies/competences.csv}: stable ids that
 * matching relies on, with labels per language. Free words belong in an organisation's keywords.
 */
public final class Competences {

    /** One competence, its family and its labels by language. */
    @Schema(name = "Competence", examples = """
            {"id": "textile-recycling", "family": "textile-fashion",
             "labels": {"en": "Textile recycling", "fr": "Recyclage textile", "nl": "Textielrecycling"}}""")
    public record Competence(String id, String family, Map<String, String> labels) {
    }

    private static final List<String> LABEL_LANGUAGES = List.of("en", "fr", "nl");

    private static final class Loaded {
        static final CodeList LIST = CodeList.load("competences.csv");
        /** Asked for every candidate of a ranking: a plain map, not a search through the CSV rows. */
        static final Map<String, String> FAMILIES = Collections.unmodifiableMap(LIST.all().stream()
                .collect(Collectors.toMap(row -> row.get("id"), row -> row.get("family"), (a, b) -> a, HashMap::new)));
    }

    private Competences() {
    }

    /** Each id must be in the vocabulary; the problem names the first one that is not. */
    public static void requireAll(String field, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (!Loaded.LIST.contains(ids.get(i))) {
                throw ProblemException.invalid(field + "[" + i + "]", "'" + ids.get(i)
                        + "' is not in the competence vocabulary (GET /api/v1/taxonomies/competences); "
                        + "free words go into keywords");
            }
        }
    }

    public static boolean contains(String id) {
        return Loaded.LIST.contains(id);
    }

    /** The competence's family, if the id is in the vocabulary. */
    public static Optional<String> familyOf(String id) {
        return Optional.ofNullable(Loaded.FAMILIES.get(id));
    }

    /** Every competence of the family, in the vocabulary's order. */
    public static List<String> inFamily(String family) {
        return Loaded.LIST.all().stream().filter(row -> row.get("family").equals(family)).map(row -> row.get("id")).toList();
    }

    /** The competence's label in the language (en, fr or nl; English otherwise); the id itself if unknown. */
    public static String label(String id, String language) {
        String column = LABEL_LANGUAGES.contains(language) ? language : "en";
        return Loaded.LIST.find(id).map(row -> row.get(column)).orElse(id);
    }

    public static List<Competence> all() {
        return Loaded.LIST.all().stream().map(row -> new Competence(row.get("id"), row.get("family"),
                LABEL_LANGUAGES.stream().collect(Collectors.toMap(language -> language, row::get, (a, b) -> a,
                        LinkedHashMap::new)))).toList();
    }
}
