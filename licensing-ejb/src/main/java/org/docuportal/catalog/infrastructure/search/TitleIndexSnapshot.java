package org.docuportal.catalog.infrastructure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.analysis.Analyzer;

import org.docuportal.catalog.domain.CatalogRevision;
import org.docuportal.catalog.domain.TitleText;

/**
 * The whole catalog's words in an in-memory Lucene index, built at once and never changed: a
 * newer catalog gets a new snapshot, and searches running on the old one finish undisturbed.
 * Ten thousand titles take well under a second and a few megabytes (docs/benchmarks.md).
 */
public final class TitleIndexSnapshot {

    private final CatalogRevision revision;
    private final Directory directory;
    private final IndexSearcher searcher;
    /** Title ids by Lucene document number: one segment, filled in list order, so reading a hit costs nothing. */
    private final long[] ids;
    private final TitleQuery queries;

    private TitleIndexSnapshot(CatalogRevision revision, Directory directory, IndexSearcher searcher, long[] ids,
                               TitleQuery queries) {
        this.revision = revision;
        this.directory = directory;
        this.searcher = searcher;
        this.ids = ids;
        this.queries = queries;
    }

    /** Indexes these titles; {@code queryAnalyzer} comes from {@link TitleAnalyzers#query}. */
    public static TitleIndexSnapshot build(List<TitleText> titles, CatalogRevision revision, Analyzer queryAnalyzer) {
        Directory directory = new ByteBuffersDirectory();
        long[] ids = new long[titles.size()];
        try (Analyzer analyzer = TitleAnalyzers.index();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                     .setRAMBufferSizeMB(64))) {
            int doc = 0;
            for (TitleText title : titles) {
                writer.addDocument(document(title));
                ids[doc++] = title.id();
            }
            // One segment keeps document numbers in the order added, which the ids array relies on.
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.maxDoc() != ids.length || reader.leaves().size() > 1) {
                throw new IllegalStateException("the catalog index has " + reader.maxDoc() + " documents in "
                        + reader.leaves().size() + " segments, expected " + ids.length + " in one");
            }
            return new TitleIndexSnapshot(revision, directory, new IndexSearcher(reader), ids, new TitleQuery(queryAnalyzer));
        } catch (IOException e) {
            // An in-memory directory does no I/O; this would be a bug in the index, not a bad disk.
            throw new UncheckedIOException("could not build the catalog search index", e);
        }
    }

    private static Document document(TitleText title) {
        Document doc = new Document();
        List<String> names = new ArrayList<>();
        names.add(title.title());
        if (title.originalTitle() != null) {
            names.add(title.originalTitle());
        }
        names.addAll(title.alternateTitles());
        names.forEach(n -> doc.add(new TextField(TitleFields.NAMES, n, Field.Store.NO)));
        title.subjects().forEach(s -> doc.add(new TextField(TitleFields.SUBJECTS, s, Field.Store.NO)));
        doc.add(new TextField(TitleFields.SYNOPSIS, title.synopsis(), Field.Store.NO));
        Stream.of(names.stream(), title.subjects().stream(), Stream.of(title.synopsis()))
                .flatMap(s -> s)
                .forEach(text -> doc.add(new TextField(TitleFields.ALL, text, Field.Store.NO)));
        return doc;
    }

    /** The ids of the matching titles, best first; ties keep the titles' id order. */
    public List<Long> rank(String text) {
        Optional<Query> query = queries.of(text);
        if (query.isEmpty()) {
            return List.of();
        }
        try {
            int all = Math.max(1, searcher.getIndexReader().maxDoc());
            TopDocs hits = searcher.search(query.get(), all);
            List<Long> ranked = new ArrayList<>(hits.scoreDocs.length);
            for (ScoreDoc hit : hits.scoreDocs) {
                ranked.add(ids[hit.doc]);
            }
            return ranked;
        } catch (IndexSearcher.TooManyClauses e) {
            // TitleQuery keeps queries far below the limit; should a synonym list grow past it, nothing matches rather than a failure.
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("could not search the catalog index", e);
        }
    }

    public CatalogRevision revision() {
        return revision;
    }

    /** Bytes of the index's files (held in memory), for the benchmark and the logs. */
    public long bytes() {
        try {
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
