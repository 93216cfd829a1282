package org.docuportal.catalog.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.docuportal.catalog.domain.CatalogPage;
import org.docuportal.catalog.domain.CatalogRevision;
import org.docuportal.catalog.domain.CatalogSearch;
import org.docuportal.catalog.domain.CatalogTextChanged;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleListing;
import org.docuportal.catalog.domain.TitlePublication;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.catalog.domain.TitleText;
import org.junit.jupiter.api.Test;

/** When the index notices that the catalog changed: at once on this server, within seconds from another. */
class LuceneTitleTextIndexTest {

    private final FakeTitles titles = new FakeTitles();
    private final LuceneTitleTextIndex index = new LuceneTitleTextIndex();

    LuceneTitleTextIndexTest() throws ReflectiveOperationException {
        Field repository = LuceneTitleTextIndex.class.getDeclaredField("titles");
        repository.setAccessible(true);
        repository.set(index, titles);
        index.loadAnalyzers();
    }

    @Test
    void theFirstSearchBuildsTheIndexFromTheDatabase() {
        titles.put(new TitleText(1, "Kim Il Sung's Children", "김일성의 아이들", List.of(), "Orphans.", List.of()));
        assertThat(index.rank("Kim Ilsung")).containsExactly(1L);
        assertThat(titles.textReads).isEqualTo(1);
    }

    @Test
    void aChangeOnAnotherServerIsSeenAfterTheNextCheckAndOnlyThenRebuilt() throws InterruptedException {
        titles.put(new TitleText(1, "Kim Il Sung's Children", null, List.of(), "Orphans.", List.of()));
        assertThat(index.rank("POW")).isEmpty();
        titles.put(new TitleText(2, "Korean War Prisoners", null, List.of(), "A film.", List.of("Prisoners of war")));

        // Within the interval the old index may still answer (not asserted: on a loaded machine the first build alone can outlast it).
        Thread.sleep(LuceneTitleTextIndex.CHECK_SECONDS * 1000L + 200);
        assertThat(index.rank("POW")).containsExactly(2L);
        Thread.sleep(LuceneTitleTextIndex.CHECK_SECONDS * 1000L + 200);
        assertThat(index.rank("POW")).containsExactly(2L);
        assertThat(titles.textReads).as("an unchanged revision rebuilds nothing").isEqualTo(2);
    }

    @Test
    void aChangeMadeThroughThisServerIsSeenAtOnce() {
        titles.put(new TitleText(1, "Kim Il Sung's Children", null, List.of(), "Orphans.", List.of()));
        assertThat(index.rank("金日成")).isEmpty();
        titles.put(new TitleText(1, "Kim Il Sung's Children", null, List.of("金日成の子供たち"), "Orphans.", List.of()));

        index.onCatalogTextChanged(new CatalogTextChanged("kim-il-sungs-children"));
        assertThat(index.rank("金日成")).containsExactly(1L);
    }

    /** The database as the index sees it: words and a revision that moves with every change. */
    private static final class FakeTitles implements TitleRepository {

        private final List<TitleText> texts = new ArrayList<>();
        private long versions;
        int textReads;

        void put(TitleText text) {
            texts.removeIf(t -> t.id() == text.id());
            texts.add(text);
            versions++;
        }

        @Override
        public List<TitleText> texts() {
            textReads++;
            return List.copyOf(texts);
        }

        @Override
        public CatalogRevision revision() {
            return new CatalogRevision(texts.size(), texts.stream().mapToLong(TitleText::id).max().orElse(0), versions);
        }

        @Override
        public Optional<Title> findBySlug(String slug) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Title> findBySlugs(Collection<String> slugs) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean existsBySlug(String slug) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(Title title) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CatalogPage search(CatalogSearch search, Set<TitlePublication> shown, List<Long> textMatches) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> subjects() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> languages() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TitleListing> listing(TitlePublication publication) {
            throw new UnsupportedOperationException();
        }
    }
}
