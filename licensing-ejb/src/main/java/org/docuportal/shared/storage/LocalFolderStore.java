package org.docuportal.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A {@link FileStore} in a local folder. A file is written beside its place under a temporary
 * name and moved over it atomically; a tree is swapped in by renaming folders, the old one
 * removed only after the new one is in place.
 */
public final class LocalFolderStore implements FileStore {

    private final Path root;

    public LocalFolderStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    private Path resolve(String key) {
        if (!FileStore.isValidKey(key)) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return path;
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.copy(content, temporary);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<InputStream> open(String key) throws IOException {
        Path path = resolve(key);
        return Files.isRegularFile(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
    }

    @Override
    public boolean exists(String key) {
        return FileStore.isValidKey(key) && Files.isRegularFile(resolve(key));
    }

    @Override
    public Optional<Long> size(String key) {
        Path path = resolve(key);
        try {
            return Files.isRegularFile(path) ? Optional.of(Files.size(path)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public void deleteTree(String prefix) throws IOException {
        deleteRecursively(resolve(prefix));
    }

    @Override
    public void replaceTree(String prefix, Path localFolder) throws IOException {
        Path target = resolve(prefix);
        Files.createDirectories(target.getParent());
        Path incoming = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".new");
        Path outgoing = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".old");
        try {
            moveTree(localFolder, incoming);
            if (Files.exists(target)) {
                Files.move(target, outgoing, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteRecursively(incoming);
            deleteRecursively(outgoing);
        }
    }

    @Override
    public Optional<Path> localFile(String key) {
        if (!FileStore.isValidKey(key)) {
            return Optional.empty();
        }
        Path path = resolve(key);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** Moves a folder into the store; across file systems (a temporary folder elsewhere) by copying. */
    private static void moveTree(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path copy = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
            deleteRecursively(from);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
