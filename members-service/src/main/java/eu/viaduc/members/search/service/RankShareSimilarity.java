package eu.viaduc.members.search.service;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Scores a lexeme of the text index by the share of ts_rank its document gave it when indexed (stored as the
 * term's frequency, in the whole units of {@link SearchVector#units}): the index then ranks as PostgreSQL's
 * ts_rank does, so a search answered by either lists the same organisations in the same order.
 */
final class RankShareSimilarity extends Similarity {

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        return new SimScorer() {
            @Override
            public float score(float frequency, long norm) {
                return boost * frequency;
            }
        };
    }
}
