package org.docuportal.shared.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Why a clustered server refuses to start, and that a well set-up one does not. */
class ClusterRequirementsTest {

    private static final Path MEDIA = Path.of("/srv/portal/media");
    private static final Path IMAGES = Path.of("/srv/portal/images");

    private static Map<String, ClusterRequirements.Folder> folders(MarkerState media, MarkerState images) {
        Map<String, ClusterRequirements.Folder> folders = new LinkedHashMap<>();
        folders.put("media", new ClusterRequirements.Folder(MEDIA, media));
        folders.put("images", new ClusterRequirements.Folder(IMAGES, images));
        return folders;
    }

    private static List<String> refusals(boolean secret, boolean embedded, Map<String, ClusterRequirements.Folder> folders) {
        return ClusterRequirements.refusals(new ClusterRequirements.Findings(secret, embedded, folders));
    }

    @Test
    void aServerWithTheSharedSecretPostgresqlAndTheSharedFoldersStarts() {
        assertEquals(List.of(), refusals(true, false, folders(MarkerState.MATCHES, MarkerState.MATCHES)));
        assertEquals(List.of(), refusals(true, false, folders(MarkerState.WRITTEN_NOW, MarkerState.WRITTEN_NOW)),
                "the first server marks the folders");
    }

    @Test
    void withoutATokenSecretEachServerWouldSignTokensTheOthersRefuse() {
        List<String> refusals = refusals(false, false, folders(MarkerState.MATCHES, MarkerState.MATCHES));
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).startsWith("PORTAL_MEDIA_TOKEN_SECRET (portal.media.token-secret) is not set"),
                refusals.get(0));
        assertTrue(refusals.get(0).contains("Set the same value"), "says what to do: " + refusals.get(0));
    }

    @Test
    void onTheEmbeddedDatabaseEachServerWouldHaveItsOwnAccountsAndOrders() {
        List<String> refusals = refusals(true, true, Map.of());
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("PORTAL_DB_URL") && refusals.get(0).contains("PostgreSQL"), refusals.get(0));
    }

    @Test
    void aFolderWithoutTheMarkerIsNotTheSharedOneAndTheRefusalNamesItAndTheWayOut() {
        List<String> refusals = refusals(true, false, folders(MarkerState.MATCHES, MarkerState.MISSING));
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).startsWith("The images folder " + IMAGES + " has no .portal-shared-storage file"),
                refusals.get(0));
        assertTrue(refusals.get(0).contains("PORTAL_DATA_DIR") && refusals.get(0).contains("shared_storage_marker"),
                refusals.get(0));
    }

    @Test
    void everyProblemIsNamedAtOnceSoThatTheOperatorFixesThemInOneGo() {
        List<String> refusals = refusals(false, false, folders(MarkerState.DIFFERENT, MarkerState.UNUSABLE));
        assertEquals(3, refusals.size(), refusals.toString());
        assertTrue(refusals.get(1).startsWith("The media folder " + MEDIA + " holds a .portal-shared-storage that differs"));
        assertTrue(refusals.get(2).contains("cannot be read or written"));
    }

    @Test
    void aMarkerMatchesOnlyWhenTheFolderHoldsTheRecordedValue() {
        assertEquals(MarkerState.MATCHES, SharedStorageMarkers.compare("ab12", Optional.of("ab12")));
        assertEquals(MarkerState.DIFFERENT, SharedStorageMarkers.compare("ab12", Optional.of("cd34")));
        assertEquals(MarkerState.MISSING, SharedStorageMarkers.compare("ab12", Optional.empty()));
    }
}
