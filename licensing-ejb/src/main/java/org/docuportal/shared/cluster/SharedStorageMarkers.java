package org.docuportal.shared.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Proves that a folder is the one all servers share: the first clustered server writes a random
 * value into {@value #FILE_NAME} in the folder and records it in {@code shared_storage_marker}
 * (V26); every later server compares its folder's file with the record. A server whose folder is
 * a local one (not mounted, mounted elsewhere, another installation's) finds no file or another
 * value, and the start-up check refuses it.
 *
 * <p>The caller holds the start-up lock, so two servers starting together cannot both write a
 * first marker. Uses the caller's transaction.
 */
@ApplicationScoped
public class SharedStorageMarkers {

    /** The marker's file name: hidden, so that listings of the folder and the edge's locations ignore it. */
    public static final String FILE_NAME = ".portal-shared-storage";

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Marks the folder if no server has, or compares it with the recorded marker. */
    public MarkerState check(String name, Path folder, String server, Instant now) {
        Optional<String> recorded = recorded(name);
        Path file = folder.resolve(FILE_NAME);
        try {
            if (recorded.isEmpty()) {
                String marker = HexFormat.of().formatHex(bytes());
                Files.createDirectories(folder);
                Files.writeString(file, marker, StandardCharsets.US_ASCII);
                em.createNativeQuery("INSERT INTO shared_storage_marker (folder, marker, written_by, written_at)"
                                + " VALUES (?, ?, ?, ?)")
                        .setParameter(1, name).setParameter(2, marker).setParameter(3, server)
                        .setParameter(4, Timestamp.from(now)).executeUpdate();
                return MarkerState.WRITTEN_NOW;
            }
            Optional<String> found = Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).trim())
                    : Optional.empty();
            return compare(recorded.get(), found);
        } catch (IOException | SecurityException e) {
            return MarkerState.UNUSABLE;
        }
    }

    /** The verdict for a recorded marker and what the folder's file holds (empty: no file). */
    static MarkerState compare(String recorded, Optional<String> found) {
        if (found.isEmpty()) {
            return MarkerState.MISSING;
        }
        return found.get().equals(recorded) ? MarkerState.MATCHES : MarkerState.DIFFERENT;
    }

    private byte[] bytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    private Optional<String> recorded(String name) {
        List<?> rows = em.createNativeQuery("SELECT marker FROM shared_storage_marker WHERE folder = ?")
                .setParameter(1, name).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }
}
