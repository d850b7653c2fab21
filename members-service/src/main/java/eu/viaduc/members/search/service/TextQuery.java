package eu.viaduc.members.search.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import eu.viaduc.members.taxonomy.Languages;

/**
 * Turns what a user types into a compact tsquery: every word must match, as written or as any of
 * the stemmers searched would store it. The lexemes are worked out first and de-duplicated, so the
 * search runs one small query (which the planner can estimate and answer from the GIN index)
 * rather than the same word OR-ed sixteen times, which it answered by reading the whole table.
 */
final class TextQuery {

    /** Words beyond this many are ignored: a search box, not a document. */
    static final int MAX_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TextQuery() {
    }

    /** The tsquery text, for to_tsquery('simple', ...); null when the text holds no searchable word. */
    static String of(EntityManager entityManager, String text, String language) {
        List<String> configs = new ArrayList<>();
        configs.add("simple");
        if (language == null) {
            configs.addAll(Languages.stemmers());
        } else if (!"simple".equals(Languages.textSearchConfig(language))) {
            configs.add(Languages.textSearchConfig(language));
        }
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find() && words.size() < MAX_WORDS) {
            @SuppressWarnings("unchecked")
            List<String> lexemes = entityManager.createNativeQuery("""
                    select distinct lexeme from unnest(cast(string_to_array(?1, ',') as regconfig[])) config,
                        unnest(tsvector_to_array(to_tsvector(config, ?2))) lexeme order by lexeme""")
                    .setParameter(1, String.join(",", configs))
                    .setParameter(2, matcher.group())
                    .getResultList();
            if (!lexemes.isEmpty()) {
                words.add("(" + String.join(" | ", lexemes.stream().map(TextQuery::quoted).toList()) + ")");
            }
        }
        return words.isEmpty() ? null : String.join(" & ", words);
    }

    private static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
