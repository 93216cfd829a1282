package org.docuportal.catalog.infrastructure.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * How titles and searches are cut into terms. One chain serves every script, because a title's
 * fields mix them ("Kim Il Sung's Children", "김일성의 아이들", "金日成の子供たち") and its
 * language tag says nothing about its alternate titles:
 * <ol>
 * <li>Unicode word breaks (UAX #29): "Il-sung" is two words; Hangul runs, single Han
 *     ideographs and kana come out tagged by script.</li>
 * <li>Full-width Latin folded to ASCII and half-width kana to full width; possessive "'s"
 *     dropped; lower case; accents folded ("Pyeongchang" = "Pyeongch&#x101;ng"); plural "s"
 *     dropped ("prisoners" = "prisoner").</li>
 * <li>Han, Hiragana, Katakana and Hangul as overlapping bigrams (金日成 → 金日 日成), the
 *     dictionary-free analysis of Lucene's {@code CJKAnalyzer}: it finds a name inside a longer
 *     word whatever particle follows (김일성의, 金日成の) and needs no language detection.</li>
 * <li>Index side only, in names and subjects: adjacent words also joined into one term (two or three of them), so that
 *     "Kim Il Sung" is found as "Kim Ilsung" and "KimIlSung": romanizations differ mostly in
 *     where the spaces and hyphens go.</li>
 * <li>Query side only: subject synonyms ({@code synonyms.txt}), expanded as a graph so that
 *     "POW" also looks for the phrase "prisoners of war" and the other way round.</li>
 * </ol>
 * Why bigrams rather than the Korean (Nori) and Japanese (Kuromoji) morphological analyzers is
 * written down in {@code docs/search.md}.
 */
public final class TitleAnalyzers {

    /** Between two values of a multi-valued field, so that no phrase runs from one title into the next. */
    static final int VALUE_GAP = 100;

    private static final String SYNONYMS = "synonyms.txt";

    /**
     * The fields whose adjacent words are also indexed joined: names and subjects are short; joining the
     * words of every synopsis would triple the index and its build time for matches nobody types.
     */
    private static final Set<String> JOINED = Set.of(TitleFields.NAMES, TitleFields.SUBJECTS);

    private TitleAnalyzers() {
    }

    /** Analyzes titles for the index: the shared chain, and in names and subjects the joined words. */
    public static Analyzer index() {
        // Per field: the default strategy would build the chain for the first field and reuse it for all.
        return new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                if (!JOINED.contains(fieldName)) {
                    return new TokenStreamComponents(source, words(source));
                }
                ShingleFilter joined = new ShingleFilter(words(source), 2, 3);
                joined.setTokenSeparator("");
                joined.setOutputUnigrams(true);
                return new TokenStreamComponents(source, joined);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }

    /** Analyzes what a visitor types: the shared chain and the synonyms. */
    public static Analyzer query(SynonymMap synonyms) {
        Objects.requireNonNull(synonyms, "synonyms");
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = words(source);
                if (synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** The synonyms kept with this class, in Solr's format. */
    public static SynonymMap synonyms() {
        try (InputStream in = TitleAnalyzers.class.getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(SYNONYMS + " is missing beside " + TitleAnalyzers.class.getName());
            }
            return synonyms(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Synonyms in Solr's format ("pow, prisoners of war"), analyzed by the same chain as the words they replace. */
    public static SynonymMap synonyms(Reader rules) {
        try (Analyzer plain = plain()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(rules);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("the search synonyms do not parse: " + e.getMessage(), e);
        }
    }

    private static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, words(source));
            }
        };
    }

    private static TokenStream words(Tokenizer source) {
        TokenStream stream = new CJKWidthFilter(source);
        stream = new EnglishPossessiveFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new CJKBigramFilter(stream);
    }
}
