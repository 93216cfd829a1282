package org.docuportal.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where titles are kept. Implementations join the caller's transaction.
 */
public interface TitleRepository {

    Optional<Title> findBySlug(String slug);

    /** The titles with these slugs, keyed by slug; unknown slugs are simply absent. */
    Map<String, Title> findBySlugs(Collection<String> slugs);

    boolean existsBySlug(String slug);

    void add(Title title);

    /** One page of catalog entries matching the search, with the total count. */
    CatalogPage search(CatalogSearch search);

    /** All subjects in use, alphabetically, for the catalog's filter. */
    List<String> subjects();

    /** All language tags in use (original or versions), for the catalog's filter. */
    List<String> languages();
}
