package org.docuportal.shared.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a server needs before it may serve as one of several behind one address, and the reason it
 * gives for refusing to start without it. A plain function of what the start-up check found, so
 * that every refusal and its wording is tested without a server.
 *
 * <p>Each requirement stops a way in which two servers would quietly disagree: without a
 * configured token secret each server draws its own and playback tokens issued by one fail on the
 * other; on the embedded H2 database each server has its own accounts, orders and locks; on a
 * folder of its own a server lacks the posters, media and uploads that arrived through the others.
 */
public final class ClusterRequirements {

    private ClusterRequirements() {
    }

    /** What the start-up check found on this server. */
    public record Findings(boolean tokenSecretConfigured, boolean embeddedDatabase, Map<String, Folder> folders) {
    }

    /** A folder the servers must share, where it is on this server and what its marker said. */
    public record Folder(Path path, MarkerState state) {
    }

    /** Why this server must not start clustered, one sentence each naming what to set; empty when it may. */
    public static List<String> refusals(Findings findings) {
        List<String> refusals = new ArrayList<>();
        if (!findings.tokenSecretConfigured()) {
            refusals.add("PORTAL_MEDIA_TOKEN_SECRET (portal.media.token-secret) is not set: each server would sign"
                    + " playback tokens with a secret of its own, and a player sent to another server would be refused."
                    + " Set the same value of at least 32 bytes (openssl rand -hex 32) on every server.");
        }
        if (findings.embeddedDatabase()) {
            refusals.add("PORTAL_DB_URL (portal.db.url) is not set: each server would use an embedded H2 database of"
                    + " its own, with its own accounts, orders and locks. Point every server at the same PostgreSQL"
                    + " database (jdbc:postgresql://host/db).");
        }
        findings.folders().forEach((name, folder) -> folderRefusal(name, folder).ifPresent(refusals::add));
        return refusals;
    }

    private static Optional<String> folderRefusal(String name, Folder folder) {
        String marker = SharedStorageMarkers.FILE_NAME;
        return switch (folder.state()) {
            case WRITTEN_NOW, MATCHES -> Optional.empty();
            case MISSING -> Optional.of("The " + name + " folder " + folder.path() + " has no " + marker
                    + " file, but another server has marked its " + name + " folder: this server does not see the"
                    + " storage the others share, so it would lack what they stored. Mount the shared folder there"
                    + " (PORTAL_DATA_DIR, PORTAL_MEDIA_DIR). If the shared storage itself has moved, delete the row"
                    + " '" + name + "' of the table shared_storage_marker and start again.");
            case DIFFERENT -> Optional.of("The " + name + " folder " + folder.path() + " holds a " + marker
                    + " that differs from the one the database records: it belongs to another installation or is a"
                    + " stale copy, not the storage the other servers share. Mount the shared folder there"
                    + " (PORTAL_DATA_DIR, PORTAL_MEDIA_DIR).");
            case UNUSABLE -> Optional.of("The " + name + " folder " + folder.path()
                    + " cannot be read or written by this server; check that the shared storage is mounted and writable.");
        };
    }
}
