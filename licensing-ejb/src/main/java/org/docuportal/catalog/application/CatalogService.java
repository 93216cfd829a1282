package org.docuportal.catalog.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.catalog.domain.CatalogPage;
import org.docuportal.catalog.domain.CatalogSearch;
import org.docuportal.catalog.domain.TitleRepository;

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

    /** Published titles; platform administrators also find drafts. Withdrawn titles are never listed. */
    public CatalogPage search(CatalogSearch search) {
        return titles.search(search, lookup.listedForCaller());
    }

    /** A published or withdrawn title for anyone, a draft for platform administrators only. */
    public TitleDetails details(String slug) {
        return TitleDetails.of(lookup.require(slug));
    }

    public CatalogFacets facets() {
        return new CatalogFacets(titles.subjects(), titles.languages());
    }
}
