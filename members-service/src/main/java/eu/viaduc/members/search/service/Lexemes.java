package eu.viaduc.members.search.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The lexemes PostgreSQL's text search configurations make of a word, asked once per word and kept: they
 * depend only on the word and the configurations' dictionaries, which the application never changes. A
 * search for words asked before then costs no statement for them (a round trip per word was a fourteenth
 * of a one-word search's time in this service).
 */
@ApplicationScoped
class Lexemes {

    /** Words kept at most: a search box's vocabulary, not every string anyone typed. */
    private static final int MAX_KEPT = 20_000;

    private final EntityManager entityManager;
    private final Map<String, List<String>> kept = new ConcurrentHashMap<>();

    @Inject
    Lexemes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The word's distinct lexemes under any of the configurations, in order; empty for a stop word. */
    List<String> of(String word, List<String> configs) {
        String key = String.join(",", configs) + " " + word;
        List<String> lexemes = kept.get(key);
        if (lexemes == null) {
            @SuppressWarnings("unchecked")
            List<String> found = entityManager.createNativeQuery("""
                    select distinct lexeme from unnest(cast(string_to_array(?1, ',') as regconfig[])) config,
                        unnest(tsvector_to_array(to_tsvector(config, ?2))) lexeme order by lexeme""")
                    .setParameter(1, String.join(",", configs))
                    .setParameter(2, word)
                    .getResultList();
            lexemes = List.copyOf(found);
            if (kept.size() < MAX_KEPT) {
                kept.put(key, lexemes);
            }
        }
        return lexemes;
    }
}
