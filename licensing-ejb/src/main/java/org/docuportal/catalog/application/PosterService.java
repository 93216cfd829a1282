package org.docuportal.catalog.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.infrastructure.PosterImages;
import org.docuportal.shared.storage.FileStores;

/**
 * Hands out uploaded posters: to everyone for published and withdrawn titles, and for drafts to
 * platform administrators only (see {@link TitleLookup}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PosterService {

    @Inject
    private TitleLookup lookup;

    @Inject
    private FileStores stores;

    /**
     * A poster as stored.
     *
     * @param version  changes with every new upload, for the {@code ETag}
     * @param isPublic false for a draft's poster, which no shared cache may keep
     */
    public record PosterFile(InputStream content, long size, String version, boolean isPublic) {
    }

    /** The poster of that width, or empty when there is none the caller may see; the caller closes the stream. */
    public Optional<PosterFile> open(String slug, int width) {
        if (!PosterImages.WIDTHS.contains(width)) {
            return Optional.empty();
        }
        Optional<Title> title = lookup.find(slug);
        if (title.isEmpty() || !TitleStudio.isUploadedPoster(title.get())) {
            return Optional.empty();
        }
        String key = TitleStudio.posterKey(title.get().slug(), width);
        String path = title.get().posterPath();
        String version = path.contains("?v=") ? path.substring(path.indexOf("?v=") + 3) : "0";
        try {
            long size = stores.images().size(key).orElse(-1L);
            Optional<InputStream> content = size < 0 ? Optional.empty() : stores.images().open(key);
            return content.map(in -> new PosterFile(in, size, version + "-" + width, title.get().publication().isPublic()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
