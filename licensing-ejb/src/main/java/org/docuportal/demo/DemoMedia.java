package org.docuportal.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Copies the demo titles' sample videos (generated test patterns, encrypted HLS with demo keys,
 * see {@code deploy/media/make-demo-samples.sh}) from the application into the media folder,
 * file by file as {@code demo-media/files.txt} lists them: a folder inside a jar cannot be listed.
 * Files already there are kept, so a real video packaged over a demo title is never overwritten.
 */
final class DemoMedia {

    private static final String ROOT = "demo-media/";

    private DemoMedia() {
    }

    /** Copies what is missing; returns how many files were copied. */
    static int installInto(Path mediaRoot) {
        ClassLoader loader = DemoMedia.class.getClassLoader();
        int copied = 0;
        try {
            for (String name : list(loader)) {
                Path target = mediaRoot.resolve(name).normalize();
                if (!target.startsWith(mediaRoot) || Files.exists(target)) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(ROOT + name)) {
                    if (in == null) {
                        throw new IllegalStateException(ROOT + "files.txt lists " + name + ", which is missing");
                    }
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                    if (name.startsWith("keys/")) {
                        ownerOnly(target);
                    }
                    copied++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not install the demo media into " + mediaRoot, e);
        }
        return copied;
    }

    /** Keys are readable by the portal's user only, as the packaging command leaves them; a jar keeps no file modes. */
    private static void ownerOnly(Path key) throws IOException {
        if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static List<String> list(ClassLoader loader) throws IOException {
        InputStream index = loader.getResourceAsStream(ROOT + "files.txt");
        if (index == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
