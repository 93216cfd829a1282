package org.docuportal.catalog.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.catalog.domain.CatalogTextChanged;
import org.docuportal.catalog.domain.ProgramDetails;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleListing;
import org.docuportal.catalog.domain.TitlePublication;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.catalog.infrastructure.PosterImages;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.shared.config.Setting;
import org.docuportal.shared.storage.FileStores;

/**
 * The distributor's title studio: platform administrators create titles as drafts, edit their
 * program details, upload posters, and publish or withdraw them.
 *
 * <p>Every input is checked whole before anything is written ({@link TitleForm}); a refused
 * request leaves the title as it was.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class TitleStudio {

    /** Default of {@link Setting#IMAGES_MAX_POSTER_BYTES}: 10 MB. */
    public static final long DEFAULT_MAX_POSTER_BYTES = 10L * 1024 * 1024;

    @Inject
    private AuditTrail audit;

    @Inject
    private TitleRepository titles;

    @Inject
    private FileStores stores;

    @Inject
    private Event<CatalogTextChanged> textChanged;

    /**
     * Every title, or those in one publication state ({@code DRAFT}, {@code PUBLISHED}, {@code WITHDRAWN}).
     * Curriculum editors read it too: the guide studio lists every film, drafts included, to write guides for.
     */
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.CURRICULUM_EDITOR})
    public List<TitleListing> list(String publication) {
        return titles.listing(publication == null || publication.isBlank() ? null : publication(publication));
    }

    /** A title in any publication state. */
    public TitleDetails details(String slug) {
        return TitleDetails.of(title(slug));
    }

    /** Creates a draft; only platform administrators see it until it is published. */
    public TitleDetails create(TitleForm form) {
        if (form == null) {
            throw InvalidInputException.of("slug", "Send the title as JSON: slug, title, synopsis, originalLanguage and the other details.");
        }
        String slug = form.checkedSlug();
        ProgramDetails details = form.toDetails();
        if (titles.existsBySlug(slug)) {
            throw new ConflictException("The slug '" + slug + "' is taken by another title; choose another slug.");
        }
        Title title = Title.draft(slug, details.title(), details.synopsis(), details.originalLanguage(), form.productionStatus())
                .replaceProgramDetails(details);
        titles.add(title);
        audit.record(AuditAction.TITLE_CREATED, CatalogSnapshots.subject(title), null, CatalogSnapshots.of(title));
        textChanged.fire(new CatalogTextChanged(slug));
        return TitleDetails.of(title);
    }

    /** Replaces the program details (and the production status when given); the slug never changes. */
    public TitleDetails update(String slug, TitleForm form) {
        Title title = title(slug);
        if (form == null) {
            throw InvalidInputException.of("title", "Send the title's program details as JSON.");
        }
        if (form.slug() != null && !form.slug().isBlank() && !form.slug().strip().equals(title.slug())) {
            throw InvalidInputException.of("slug", "The slug cannot change: it is the title's address ('" + title.slug()
                    + "'). Leave slug out or send the same one.");
        }
        ProgramDetails details = form.toDetails();
        Snapshot before = CatalogSnapshots.of(title);
        title.replaceProgramDetails(details);
        if (form.status() != null && !form.status().isBlank()) {
            title.changeStatus(form.productionStatus());
        }
        audit.record(AuditAction.TITLE_UPDATED, CatalogSnapshots.subject(title), before, CatalogSnapshots.of(title));
        textChanged.fire(new CatalogTextChanged(slug));
        return TitleDetails.of(title);
    }

    /**
     * Publishes, withdraws or re-publishes a title.
     *
     * @throws InvalidInputException for a state that does not exist
     * @throws ConflictException for a move that is not allowed, such as back to a draft once published
     */
    public TitleDetails changePublication(String slug, String publication) {
        TitlePublication next = publication(publication);
        Title title = title(slug);
        Snapshot before = Snapshot.of().with("publication", title.publication());
        try {
            title.changePublication(next);
        } catch (IllegalStateException e) {
            throw ConflictException.of(e);
        }
        audit.record(AuditAction.TITLE_PUBLICATION_CHANGED, CatalogSnapshots.subject(title), before,
                Snapshot.of().with("publication", title.publication()));
        return TitleDetails.of(title);
    }

    /** The largest poster accepted, in bytes. */
    public long maxPosterBytes() {
        return Setting.IMAGES_MAX_POSTER_BYTES.value().map(Long::parseLong).orElse(DEFAULT_MAX_POSTER_BYTES);
    }

    /**
     * Checks the image by decoding it, stores it at the widths the pages use under
     * {@code posters/<slug>/w<width>.jpg}, and points the title at the large one.
     */
    public TitleDetails uploadPoster(String slug, byte[] image, String contentType) {
        Title title = title(slug);
        if (image == null || image.length == 0) {
            throw InvalidInputException.of("poster", "Send the poster image as the request body.");
        }
        if (image.length > maxPosterBytes()) {
            throw new PosterTooLargeException(maxPosterBytes());
        }
        java.awt.image.BufferedImage decoded;
        try {
            decoded = PosterImages.decode(image, contentType);
        } catch (PosterImages.RejectedImage e) {
            throw InvalidInputException.of("poster", e.getMessage());
        }
        try {
            for (int width : PosterImages.WIDTHS) {
                stores.images().put(posterKey(title.slug(), width),
                        new ByteArrayInputStream(PosterImages.jpegOfWidth(decoded, width)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the poster of " + title.slug(), e);
        }
        Snapshot before = Snapshot.of().with("poster", title.posterPath());
        // The version makes a new address for a new image, so that browsers and caches never show the old one.
        title.showPoster(posterAddress(title.slug(), PosterImages.WIDTHS.get(PosterImages.WIDTHS.size() - 1)) + "?v=" + version(image));
        audit.record(AuditAction.TITLE_POSTER_CHANGED, CatalogSnapshots.subject(title), before,
                Snapshot.of().with("poster", title.posterPath()).with("bytes", image.length).with("contentType", contentType));
        return TitleDetails.of(title);
    }

    /** Where a poster size is kept in the image store. */
    static String posterKey(String slug, int width) {
        return "posters/" + slug + "/w" + width + ".jpg";
    }

    /** Where the portal serves a poster size (see {@link PosterService}). */
    public static String posterAddress(String slug, int width) {
        return "/api/posters/" + slug + "/" + width;
    }

    /** Whether the title shows a poster uploaded here, rather than none or a picture elsewhere (the demo's SVGs). */
    static boolean isUploadedPoster(Title title) {
        return title.posterPath() != null && title.posterPath().startsWith("/api/posters/" + title.slug() + "/");
    }

    private Title title(String slug) {
        return titles.findBySlug(slug == null ? "" : slug.strip())
                .orElseThrow(() -> new NotFoundException("There is no title '" + slug + "' in the catalog."));
    }

    private static TitlePublication publication(String value) {
        try {
            return TitlePublication.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "status must be one of " + Arrays.toString(TitlePublication.values()) + ".");
        }
    }

    private static String version(byte[] image) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
