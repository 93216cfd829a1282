package org.docuportal.catalog.application;

import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.catalog.domain.Title;

/** What the audit log keeps of a title: its program details and states, written once for the catalog's services. */
public final class CatalogSnapshots {

    private CatalogSnapshots() {
    }

    public static AuditSubject subject(Title title) {
        return AuditSubject.of(title.slug(), title.title());
    }

    public static Snapshot of(Title t) {
        return Snapshot.of().with("title", t.title()).with("originalTitle", t.originalTitle())
                .with("alternateTitles", t.alternateTitles()).with("synopsis", t.synopsis())
                .with("runtimeMinutes", t.runtimeMinutes()).with("productionYear", t.productionYear())
                .with("supplier", t.supplier()).with("originalLanguage", t.originalLanguage())
                .with("languageVersions", t.languageVersions()).with("subjects", t.subjects())
                .with("awards", t.awards()).with("pressQuotes", t.pressQuotes().size())
                .with("status", t.status()).with("publication", t.publication()).with("poster", t.posterPath());
    }
}
