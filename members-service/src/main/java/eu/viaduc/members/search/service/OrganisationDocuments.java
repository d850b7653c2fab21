package eu.viaduc.members.search.service;

import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import eu.viaduc.taxonomy.NaceCodes;

/**
 * How {@link OrganisationTextIndex} holds an organisation (one document: its id, name, own columns and the
 * lexemes of its search vector, each with its share of ts_rank) and how a search asks for it (a query of the
 * same fields, ranked as ts_rank ranks, ties by name then id).
 */
final class OrganisationDocuments {

    /** What a document is made of, read from the organisation table in this order. */
    static final String COLUMNS = "id::text, name, country::text, type, nuts_region, nace_codes, nace_sections, "
            + "competences, search_vector::text, deleted_at is not null";
    /** The order of a page: ts_rank's, ties by name (code points), then id. */
    static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField("name", SortField.Type.STRING),
            new SortField("id", SortField.Type.STRING));
    /**
     * The order documents are kept in, segment by segment: matches of equal relevance then come in the order
     * of the page, so few of them displace one already gathered (each such one copied its name out of the index).
     */
    static final Sort BY_NAME = new Sort(new SortField("name", SortField.Type.STRING),
            new SortField("id", SortField.Type.STRING));
    private static final FieldType LEXEMES = lexemeFieldType();

    private OrganisationDocuments() {
    }

    /** The term that finds the document of the row's organisation. */
    static Term id(ResultSet row) throws SQLException {
        return new Term("id", row.getString(1));
    }

    /** The organisation a hit of a search sorted {@link #RELEVANCE} stands for. */
    static UUID organisation(ScoreDoc hit) {
        return UUID.fromString(((BytesRef) ((FieldDoc) hit).fields[2]).utf8ToString());
    }

    /** Whether the row's organisation is deleted: then it has no document. */
    static boolean deleted(ResultSet row) throws SQLException {
        return row.getBoolean(10);
    }

    static Document document(ResultSet row) throws SQLException {
        Document document = new Document();
        String id = row.getString(1);
        document.add(new StringField("id", id, Field.Store.NO));
        document.add(new SortedDocValuesField("id", new BytesRef(id)));
        document.add(new SortedDocValuesField("name", new BytesRef(row.getString(2))));
        document.add(new StringField("country", row.getString(3).strip(), Field.Store.NO));
        document.add(new StringField("type", row.getString(4), Field.Store.NO));
        if (row.getString(5) != null) {
            document.add(new StringField("nuts", row.getString(5), Field.Store.NO));
        }
        strings(row.getArray(6)).forEach(code -> document.add(new StringField("nace", code, Field.Store.NO)));
        strings(row.getArray(7)).forEach(section -> document.add(new StringField("section", section, Field.Store.NO)));
        strings(row.getArray(8)).forEach(competence -> document.add(new StringField("competence", competence, Field.Store.NO)));
        Map<String, Integer> units = SearchVector.units(row.getString(9));
        if (!units.isEmpty()) {
            document.add(new Field("lexeme", new RankShares(units), LEXEMES));
        }
        return document;
    }

    /** Organisations with one of these lexemes (the forms of one word), within the filter's own columns. */
    static Query query(List<String> lexemes, OrganisationFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        lexemes.forEach(lexeme -> query.add(new TermQuery(new Term("lexeme", lexeme)), Occur.SHOULD));
        if (filter.country() != null) {
            query.add(new TermQuery(new Term("country", filter.country())), Occur.FILTER);
        }
        if (filter.nutsRegion() != null) {
            query.add(new PrefixQuery(new Term("nuts", filter.nutsRegion())), Occur.FILTER);
        }
        if (filter.type() != null) {
            query.add(new TermQuery(new Term("type", filter.type().name())), Occur.FILTER);
        }
        if (filter.nace() != null) {
            String prefix = NaceCodes.asPrefix(filter.nace());
            query.add(prefix.length() == 1 ? new TermQuery(new Term("section", prefix))
                    : new PrefixQuery(new Term("nace", prefix)), Occur.FILTER);
        }
        if (filter.competence() != null) {
            query.add(new TermQuery(new Term("competence", filter.competence())), Occur.FILTER);
        }
        return query.build();
    }

    private static Stream<String> strings(Array array) throws SQLException {
        return array == null ? Stream.empty() : Arrays.stream((Object[]) array.getArray()).map(Object::toString);
    }

    /** Lexemes indexed for their presence and a frequency of their own: each one's share of ts_rank. */
    private static FieldType lexemeFieldType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /**
     * A document's lexemes, each given its share of ts_rank as its frequency. Lucene refuses a field whose
     * frequencies add up past 2³¹: a document that would (tens of thousands of distinct words, far beyond any
     * profile seen) has its shares scaled down to fit, so it is still found, ranked lower than it should be.
     */
    private static final class RankShares extends TokenStream {

        private static final long MAX_UNITS = 1_000_000_000L;

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private final Map<String, Integer> units;
        private final double scale;
        private Iterator<Map.Entry<String, Integer>> next;

        RankShares(Map<String, Integer> units) {
            this.units = units;
            long total = units.values().stream().mapToLong(Integer::longValue).sum();
            this.scale = total > MAX_UNITS ? (double) MAX_UNITS / total : 1;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = units.entrySet().iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!next.hasNext()) {
                return false;
            }
            clearAttributes();
            Map.Entry<String, Integer> share = next.next();
            term.setEmpty().append(share.getKey());
            frequency.setTermFrequency(Math.max(1, (int) (share.getValue() * scale)));
            return true;
        }
    }
}
