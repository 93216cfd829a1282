package org.docuportal.catalog.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.catalog.domain.CatalogPage;
import org.docuportal.catalog.domain.CatalogSearch;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.shared.application.NotFoundException;

/**
 * Reading the catalog. The catalog is public: anyone may browse it, signed in or not.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogService {

    @Inject
    private TitleRepository titles;

    public CatalogPage search(CatalogSearch search) {
        return titles.search(search);
    }

    public TitleDetails details(String slug) {
        return titles.findBySlug(slug)
                .map(TitleDetails::of)
                .orElseThrow(() -> new NotFoundException("There is no title '" + slug + "' in the catalog."));
    }

    public CatalogFacets facets() {
        return new CatalogFacets(titles.subjects(), titles.languages());
    }
}
