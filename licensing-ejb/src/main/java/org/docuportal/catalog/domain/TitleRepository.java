package org.docuportal.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where titles are kept. Implementations join the caller's transaction.
 */
public interface TitleRepository {

    Optional<Title> findBySlug(String slug);

    /** The titles with these slugs, keyed by slug; unknown slugs are simply absent. */
    Map<String, Title> findBySlugs(Collection<String> slugs);

    boolean existsBySlug(String slug);

    void add(Title title);

    /**
     * One page of catalog entries matching the search's filters among titles in the given publication
     * states, with the total count.
     *
     * @param textMatches the ids of the titles matching {@code search.text()}, best first, as the
     *                    {@link TitleTextIndex} ranked them; the page keeps that order. Null when the
     *                    search has no text: then titles come by status and title.
     */
    CatalogPage search(CatalogSearch search, Set<TitlePublication> shown, List<Long> textMatches);

    /** The searchable words of every title, in any publication state, by id. */
    List<TitleText> texts();

    /** The current fingerprint of the titles' searchable words. */
    CatalogRevision revision();

    /** All subjects of listed titles, alphabetically, for the catalog's filter. */
    List<String> subjects();

    /** All language tags of listed titles (original or versions), for the catalog's filter. */
    List<String> languages();

    /** Every title in that publication state (all titles when null), by title, for the studio's list. */
    List<TitleListing> listing(TitlePublication publication);
}
