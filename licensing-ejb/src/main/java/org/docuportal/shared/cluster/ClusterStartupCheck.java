package org.docuportal.shared.cluster;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.docuportal.shared.config.Setting;
import org.docuportal.shared.persistence.PortalDataSource;
import org.docuportal.shared.persistence.StartUpLock;

/**
 * Refuses to start a server that is told it runs clustered ({@code PORTAL_CLUSTER_ENABLED=true}) but
 * is configured as if it were alone: the deployment fails and the log says, in one line per
 * problem, why and what to set ({@link ClusterRequirements}). A server that is not clustered
 * checks nothing here.
 *
 * <p>Why a setting and not "the data grid is on": a server that should have joined the others but
 * did not (a wrong member list) sees no data grid and would then skip exactly the check it needs.
 * The run scripts set the flag together with the data grid's options.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class ClusterStartupCheck {

    private static final Logger LOG = Logger.getLogger(ClusterStartupCheck.class.getName());

    @Inject
    private SharedStorageMarkers markers;

    @Inject
    private StartUpLock startUpLock;

    @Inject
    private Clock clock;

    @PostConstruct
    void check() {
        if (!Boolean.parseBoolean(Setting.CLUSTER_ENABLED.valueOr("false"))) {
            return;
        }
        boolean embedded = PortalDataSource.isEmbedded();
        Map<String, ClusterRequirements.Folder> folders = new LinkedHashMap<>();
        if (!embedded) {
            // Markers live in the shared database; on an embedded one they would prove nothing.
            startUpLock.hold();
            String server = ManagementFactory.getRuntimeMXBean().getName();
            sharedFolders().forEach((name, path) -> folders.put(name,
                    new ClusterRequirements.Folder(path, markers.check(name, path, server, clock.instant()))));
        }
        List<String> refusals = ClusterRequirements.refusals(new ClusterRequirements.Findings(
                Setting.MEDIA_TOKEN_SECRET.value().isPresent(), embedded, folders));
        if (!refusals.isEmpty()) {
            refusals.forEach(LOG::severe);
            throw new IllegalStateException("PORTAL_CLUSTER_ENABLED is true but this server is not set up to share"
                    + " the others' work (" + refusals.size() + " problem" + (refusals.size() == 1 ? "" : "s")
                    + ", logged above); the portal does not start. " + String.join(" ", refusals));
        }
        LOG.info(() -> "Clustered: shared token secret, " + PortalDataSource.describe() + ", shared folders " + folders);
    }

    /** The folders every server reads what another one wrote to: the same paths FileStores and UploadFolder use. */
    static Map<String, Path> sharedFolders() {
        Path data = Path.of(Setting.DATA_DIR.valueOr("./data")).toAbsolutePath().normalize();
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("media", Setting.MEDIA_DIR.value().map(Path::of).orElseGet(() -> data.resolve("media"))
                .toAbsolutePath().normalize());
        folders.put("images", data.resolve("images"));
        folders.put("uploads", data.resolve("uploads"));
        return folders;
    }
}
