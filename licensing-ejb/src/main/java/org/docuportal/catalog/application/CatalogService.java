package org.docuportal.catalog.application;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.catalog.domain.CatalogPage;
import org.docuportal.catalog.domain.CatalogSearch;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.catalog.domain.TitleTextIndex;

/**
 * Reading the catalog. The catalog is public: anyone may browse it, signed in or not; drafts are
 * for platform administrators only (see {@link TitleLookup}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogService {

    @Inject
    private TitleRepository titles;

    @Inject
    private TitleLookup lookup;

    @Inject
    private TitleTextIndex textIndex;

    /**
     * Published titles; platform administrators also find drafts. Withdrawn titles are never listed.
     * With text, the best matches come first.
     */
    public CatalogPage search(CatalogSearch search) {
        List<Long> matches = search.text() == null ? null : textIndex.rank(search.text());
        return titles.search(search, lookup.listedForCaller(), matches);
    }

    /** A published or withdrawn title for anyone, a draft for platform administrators only. */
    public TitleDetails details(String slug) {
        return TitleDetails.of(lookup.require(slug));
    }

    public CatalogFacets facets() {
        return new CatalogFacets(titles.subjects(), titles.languages());
    }
}
