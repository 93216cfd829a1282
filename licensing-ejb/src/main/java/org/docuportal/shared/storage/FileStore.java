package org.docuportal.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A place for files, addressed by relative keys such as {@code posters/kim/w480.jpg} or
 * {@code kim/v0/seg_00001.ts}: segments of lower-case letters, digits, dots, hyphens and
 * underscores joined by slashes. A key that does not have this shape is refused before any
 * path is built, so no caller can reach outside the store.
 *
 * <p>Writes are whole: a reader sees the old content or the new, never half a file, and a
 * {@linkplain #replaceTree tree} appears in one step, so that media replaced under a playing
 * film keeps playing until the new set is complete.
 */
public interface FileStore {

    /** Segments of {@code [A-Za-z0-9._-]} (not {@code .} or {@code ..}) joined by single slashes. */
    Pattern KEY = Pattern.compile("(?!.*(^|/)\\.{1,2}(/|$))[A-Za-z0-9._-]{1,128}(/[A-Za-z0-9._-]{1,128}){0,8}");

    /** Whether the key has the shape every store accepts. */
    static boolean isValidKey(String key) {
        return key != null && key.length() <= 600 && KEY.matcher(key).matches();
    }

    /** Stores the content under the key, replacing what was there once it is completely written. */
    void put(String key, InputStream content) throws IOException;

    /** The content under the key, or empty when there is none; the caller closes the stream. */
    Optional<InputStream> open(String key) throws IOException;

    boolean exists(String key);

    /** The size in bytes, or empty when there is no such file. */
    Optional<Long> size(String key);

    /** Removes the file if it is there. */
    void delete(String key) throws IOException;

    /** Removes every file whose key starts with {@code prefix + "/"}. */
    void deleteTree(String prefix) throws IOException;

    /**
     * Puts the files of a local folder under {@code prefix}, replacing whatever was there in one
     * step for readers; the folder is consumed (moved or deleted).
     */
    void replaceTree(String prefix, Path localFolder) throws IOException;

    /**
     * The local file behind a key, for stores that have one (a local folder), so that the portal
     * can hand it to the container without copying; empty for remote stores.
     */
    Optional<Path> localFile(String key);
}
