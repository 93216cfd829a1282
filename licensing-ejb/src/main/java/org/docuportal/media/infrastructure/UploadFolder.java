package org.docuportal.media.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.shared.config.Setting;

/**
 * Where uploaded master videos wait for packaging ({@code <data dir>/uploads/media}) and where
 * packaging works ({@code <data dir>/work/media}): both beside the media store, never in it, so a
 * half-received or half-packaged file is never served. Every name is chosen here (a random UUID);
 * nothing a client sends becomes part of a path.
 */
@ApplicationScoped
public class UploadFolder {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");

    private Path uploads;
    private Path work;
    private long maxBytes;

    /** An upload received whole. */
    public record Received(String name, long bytes) {
    }

    /** The body was larger than the limit; nothing was kept. */
    public static class TooLargeException extends IOException {
        public TooLargeException(long limit) {
            super("larger than " + limit + " bytes");
        }
    }

    @PostConstruct
    void open() {
        Path dataDir = Path.of(Setting.DATA_DIR.valueOr("./data")).toAbsolutePath().normalize();
        uploads = dataDir.resolve("uploads").resolve("media");
        work = dataDir.resolve("work").resolve("media");
        maxBytes = Setting.MEDIA_MAX_UPLOAD_BYTES.value().map(Long::parseLong).orElse(20L * 1024 * 1024 * 1024);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Path root() {
        return uploads;
    }

    /**
     * Copies the stream into a new upload, counting bytes as they come: past {@link #maxBytes} or
     * when the stream breaks off, the partial file is deleted and the exception passed on.
     */
    public Received receive(InputStream body) throws IOException {
        Files.createDirectories(uploads);
        String name = UUID.randomUUID().toString();
        Path file = uploads.resolve(name);
        long total = 0;
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = body.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(file);
            }
        }
        return new Received(name, total);
    }

    /** The file of an upload this folder named. */
    public Path file(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an upload name: " + name);
        }
        return uploads.resolve(name);
    }

    public void delete(String name) throws IOException {
        Files.deleteIfExists(file(name));
    }

    /** A new, empty work folder for one packaging run. */
    public Path newWorkFolder(long jobId) throws IOException {
        Files.createDirectories(work);
        return Files.createDirectory(work.resolve("job-" + jobId + "-" + UUID.randomUUID()));
    }

    /** Removes a work folder and everything in it. */
    public static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Left for the next run's clean-up; nothing reads work folders.
        }
    }
}
