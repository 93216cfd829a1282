package org.docuportal.entitlement.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The media folder: per title, an encrypted HLS set under {@code <slug>/} (as
 * {@code deploy/media/package-hls.sh} writes it) and its AES-128 key under {@code keys/<slug>.key}.
 *
 * <p>Only names of the shapes that packaging produces are served, matched before any path is
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
    private StreamingSettings settings;

    /** Whether the title has an HLS set to play. */
    public boolean hasMedia(String slug) {
        return file(slug, "master.m3u8").isPresent() && Files.isRegularFile(keyFile(slug));
    }

    /** A file of the title's HLS set, if the name is one packaging produces and the file exists. */
    public Optional<Path> file(String slug, String name) {
        if (slug == null || name == null || !SLUG.matcher(slug).matches() || !FILE.matcher(name).matches()) {
            return Optional.empty();
        }
        Path root = settings.mediaRoot();
        Path file = root.resolve(slug).resolve(name).normalize();
        return file.startsWith(root.resolve(slug)) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The title's AES-128 key. */
    public Optional<byte[]> key(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        Path file = keyFile(slug);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] key = Files.readAllBytes(file);
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException(file + " holds " + key.length + " bytes, not a 16-byte AES-128 key");
            }
            return Optional.of(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path keyFile(String slug) {
        return settings.mediaRoot().resolve("keys").resolve(slug + ".key");
    }

    /** Whether the file is a playlist, which only a valid token opens. */
    public static boolean isPlaylist(String name) {
        return name.endsWith(".m3u8");
    }
}
