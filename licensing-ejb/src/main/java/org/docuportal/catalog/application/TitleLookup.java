package org.docuportal.catalog.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitlePublication;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.shared.application.NotFoundException;

/**
 * Finds a title by its address as the caller may see it: a {@linkplain TitlePublication#DRAFT draft}
 * exists for platform administrators only, and for everyone else it is not found, exactly like an
 * address that was never used. Withdrawn titles stay reachable, because licenses, guides and usage
 * lead to them.
 *
 * <p>The one place that decides this, for every service that takes a slug from a caller (the catalog,
 * offers, eligibility, guides, screeners). It joins the caller's transaction.
 */
@ApplicationScoped
public class TitleLookup {

    @Inject
    private TitleRepository titles;

    @Inject
    private SecurityContext security;

    /** The title, unless there is none or the caller may not see it. */
    public Optional<Title> find(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return titles.findBySlug(slug.strip()).filter(t -> t.publication().isPublic() || callerIsPlatformAdmin());
    }

    /** The title, or a {@link NotFoundException} that says nothing of drafts. */
    public Title require(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("There is no title '" + printable(slug) + "' in the catalog."));
    }

    /** The publication states the caller's catalog search lists: published titles, and drafts for administrators. */
    public Set<TitlePublication> listedForCaller() {
        return callerIsPlatformAdmin() ? EnumSet.of(TitlePublication.PUBLISHED, TitlePublication.DRAFT)
                : EnumSet.of(TitlePublication.PUBLISHED);
    }

    private boolean callerIsPlatformAdmin() {
        return security.getCallerPrincipal() != null && security.isCallerInRole(Role.Names.PLATFORM_ADMIN);
    }

    private static String printable(String slug) {
        if (slug == null) {
            return "";
        }
        String s = slug.strip();
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
