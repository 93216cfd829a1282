package org.docuportal.catalog.infrastructure.search;

import java.util.Arrays;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a visitor typed into a Lucene query. The text is only ever analyzed into terms,
 * never parsed: quotes, {@code title:*}, {@code AND OR} or a lone bracket are words or nothing,
 * not syntax, so no input can make the query fail.
 *
 * <p>Every word must occur (in the title's names, its subjects, its synopsis, or across them
 * all); a match in the names weighs most. A synonym such as "prisoners of war" must occur as a
 * phrase.
 */
final class TitleQuery {

    /** Longer text is cut: no title is found by its 201st character, and the query stays small. */
    static final int MAX_TEXT = 200;

    /** Most words looked at, far below Lucene's limit of clauses per query. */
    static final int MAX_WORDS = 32;

    private final QueryBuilder builder;

    TitleQuery(Analyzer queryAnalyzer) {
        builder = new QueryBuilder(queryAnalyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        builder.setEnableGraphQueries(true);
    }

    /** The query for this text, or empty when it holds no word at all (punctuation only, say). */
    Optional<Query> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String words = limited(text);
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        boolean any = false;
        for (TitleFields.Searched field : TitleFields.SEARCHED) {
            Query q = builder.createBooleanQuery(field.name(), words, Occur.MUST);
            if (q != null) {
                anyField.add(new BoostQuery(q, field.boost()), Occur.SHOULD);
                any = true;
            }
        }
        return any ? Optional.of(anyField.build()) : Optional.empty();
    }

    private static String limited(String text) {
        String cut = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        String[] words = cut.strip().split("\\s+");
        if (words.length <= MAX_WORDS) {
            return cut;
        }
        return String.join(" ", Arrays.copyOf(words, MAX_WORDS));
    }
}
