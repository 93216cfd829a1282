package org.docuportal.catalog.infrastructure.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.apache.lucene.analysis.Analyzer;
import org.docuportal.catalog.domain.CatalogRevision;
import org.docuportal.catalog.domain.CatalogTextChanged;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.catalog.domain.TitleTextIndex;

/**
 * The catalog's text search: a {@link TitleIndexSnapshot} in this server's memory, rebuilt from
 * the database whenever the catalog's {@link CatalogRevision} has moved.
 *
 * <p>Nothing here decides anything another server needs: the database stays the only record,
 * each server builds the same index from it, and each notices a change made on another server by
 * reading the revision (one aggregate query) at most every {@value #CHECK_SECONDS} seconds before
 * a search. A change made through this server's studio is seen at once, through
 * {@link CatalogTextChanged} after the commit. The first search after a start builds the index;
 * later, the search that notices a change rebuilds it while other searches answer from the
 * previous snapshot.
 */
@ApplicationScoped
public class LuceneTitleTextIndex implements TitleTextIndex {

    static final int CHECK_SECONDS = 2;
    private static final long CHECK_NANOS = Duration.ofSeconds(CHECK_SECONDS).toNanos();
    private static final Logger LOG = Logger.getLogger(LuceneTitleTextIndex.class.getName());

    @Inject
    private TitleRepository titles;

    private Analyzer queryAnalyzer;
    private volatile TitleIndexSnapshot snapshot;
    /** When the revision was last read (System.nanoTime); 0 forces a read on the next search. */
    private volatile long checkedAt;
    private volatile boolean stale = true;
    private final ReentrantLock rebuilding = new ReentrantLock();

    @PostConstruct
    void loadAnalyzers() {
        queryAnalyzer = TitleAnalyzers.query(TitleAnalyzers.synonyms());
    }

    @Override
    public List<Long> rank(String text) {
        return current().rank(text);
    }

    void onCatalogTextChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogTextChanged change) {
        stale = true;
    }

    private TitleIndexSnapshot current() {
        TitleIndexSnapshot now = snapshot;
        if (now != null && !stale && System.nanoTime() - checkedAt < CHECK_NANOS) {
            return now;
        }
        // One search checks and rebuilds; the others meanwhile answer from the snapshot they have.
        if (now != null && !rebuilding.tryLock()) {
            return now;
        }
        if (now == null) {
            rebuilding.lock();
        }
        try {
            now = snapshot;
            if (now != null && !stale && System.nanoTime() - checkedAt < CHECK_NANOS) {
                return now;
            }
            stale = false;
            CatalogRevision revision = titles.revision();
            checkedAt = System.nanoTime();
            if (now == null || !now.revision().equals(revision)) {
                long start = System.nanoTime();
                // Read the words after the revision: a change in between makes the next check rebuild again, never miss it.
                TitleIndexSnapshot built = TitleIndexSnapshot.build(titles.texts(), revision, queryAnalyzer);
                snapshot = built;
                now = built;
                LOG.fine(() -> "catalog search index built for " + revision + " in "
                        + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms, " + built.bytes() + " bytes");
            }
            return now;
        } finally {
            rebuilding.unlock();
        }
    }
}
