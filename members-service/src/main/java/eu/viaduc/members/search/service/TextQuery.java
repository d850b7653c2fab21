package eu.viaduc.members.search.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.viaduc.members.taxonomy.Languages;

/**
 * What a user types, as the lexemes of each word: every word must match, as written or as any of the
 * stemmers searched would store it. The lexemes are worked out first and de-duplicated, so the search runs
 * one small query (which the planner can estimate and answer from the GIN index) rather than the same word
 * OR-ed sixteen times, which it answered by reading the whole table.
 *
 * @param words for each word, its lexemes (at least one)
 */
record TextQuery(List<List<String>> words) {

    /** Words beyond this many are ignored: a search box, not a document. */
    static final int MAX_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The text's words as lexemes; null when the text holds no searchable word. */
    static TextQuery of(Lexemes lexemes, String text, String language) {
        List<String> configs = new ArrayList<>();
        configs.add("simple");
        if (language == null) {
            configs.addAll(Languages.stemmers());
        } else if (!"simple".equals(Languages.textSearchConfig(language))) {
            configs.add(Languages.textSearchConfig(language));
        }
        List<List<String>> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find() && words.size() < MAX_WORDS) {
            List<String> forms = lexemes.of(matcher.group(), configs);
            if (!forms.isEmpty()) {
                words.add(forms);
            }
        }
        return words.isEmpty() ? null : new TextQuery(List.copyOf(words));
    }

    /** The query as tsquery text, for to_tsquery('simple', ...). */
    String tsquery() {
        return String.join(" & ", words.stream()
                .map(lexemes -> "(" + String.join(" | ", lexemes.stream().map(TextQuery::quoted).toList()) + ")")
                .toList());
    }

    boolean isOneWord() {
        return words.size() == 1;
    }

    private static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
