package org.docuportal.entitlement.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.shared.storage.FileStores;

/**
 * The media store as the player sees it ({@link FileStores#media()}): per title, an encrypted HLS
 * set under {@code <slug>/} (as {@code deploy/media/package-hls.sh} and the media studio write it)
 * and its AES-128 key under {@code keys/<slug>.key}.
 *
 * <p>Only names of the shapes that packaging produces are served, matched before any key is
 * built; whatever a request says, nothing outside a title's folder (keys included) can be reached
 * through {@link #file}.
 */
@ApplicationScoped
public class MediaLibrary {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+){0,20}");
    private static final Pattern FILE = Pattern.compile(
            "master\\.m3u8|chapters\\.vtt|[a-z0-9]{1,16}/[A-Za-z0-9_-]{1,64}\\.(m3u8|ts|vtt|m4s|mp4)");
    /** An AES-128 key is 16 bytes; anything else in a key file is a packaging mistake. */
    private static final int KEY_BYTES = 16;

    @Inject
    private FileStores stores;

    /** Whether the title has an HLS set to play. */
    public boolean hasMedia(String slug) {
        return slug != null && SLUG.matcher(slug).matches()
                && stores.media().exists(slug + "/master.m3u8") && stores.media().exists(keyName(slug));
    }

    /**
     * A file of the title's HLS set, if the name is one packaging produces and the file exists.
     * The local file is handed to the container as it is; a store without local files (an object
     * store) would be served by its own URLs through the edge delivery instead.
     */
    public Optional<Path> file(String slug, String name) {
        if (slug == null || name == null || !SLUG.matcher(slug).matches() || !FILE.matcher(name).matches()) {
            return Optional.empty();
        }
        return stores.media().localFile(slug + "/" + name);
    }

    /** The title's AES-128 key. */
    public Optional<byte[]> key(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        try {
            Optional<InputStream> in = stores.media().open(keyName(slug));
            if (in.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream stream = in.get()) {
                byte[] key = stream.readAllBytes();
                if (key.length != KEY_BYTES) {
                    throw new IllegalStateException(keyName(slug) + " holds " + key.length + " bytes, not a 16-byte AES-128 key");
                }
                return Optional.of(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String keyName(String slug) {
        return "keys/" + slug + ".key";
    }

    /** Whether the file is a playlist, which only a valid token opens. */
    public static boolean isPlaylist(String name) {
        return name.endsWith(".m3u8");
    }
}
