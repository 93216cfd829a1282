package org.docuportal.media.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.docuportal.shared.jobs.ServerIdentity;
import org.docuportal.media.infrastructure.Ffmpeg;
import org.docuportal.media.infrastructure.HlsPackager;
import org.docuportal.media.infrastructure.UploadFolder;
import org.docuportal.shared.storage.FileStore;
import org.docuportal.shared.storage.FileStores;

/**
 * Packages queued videos in the background, one at a time per server, on the container's
 * managed scheduled executor. Every few seconds (and at once when a job is queued here) it asks
 * the database for claimable jobs — waiting ones, and running ones whose server stopped beating —
 * and claims one with a conditional update, so that of several servers exactly one packages it
 * and a job cut off by a restart is packaged again from the start.
 *
 * <p>The title's key is made once (16 bytes from {@link SecureRandom}) and reused when the media
 * is replaced, so segments of the old set cached by players or a CDN keep decrypting; the new set
 * is built in a work folder and swapped in whole, so the old one plays until then.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PackagingWorker {

    private static final Logger LOG = Logger.getLogger(PackagingWorker.class.getName());
    private static final int KEY_BYTES = 16;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private MediaJobs jobs;

    @Inject
    private HlsPackager packager;

    @Inject
    private UploadFolder uploads;

    @Inject
    private Ffmpeg ffmpeg;

    @Inject
    private FileStores stores;

    @Inject
    private ServerIdentity identity;

    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean stopping;
    private String server;
    private ScheduledFuture<?> polling;

    @PostConstruct
    void start() {
        server = identity.id();
        polling = scheduler.scheduleWithFixedDelay(this::poll, 5, 5, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** Looks for work now rather than at the next poll: called after a job is queued. */
    public void wake() {
        scheduler.execute(this::poll);
    }

    private void poll() {
        if (stopping || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            if (ffmpeg.missing().isPresent()) {
                return;
            }
            boolean worked = true;
            while (worked && !stopping) {
                worked = false;
                for (long id : jobs.claimable()) {
                    Optional<MediaJobs.WorkOrder> order = jobs.claim(id, server);
                    if (order.isPresent()) {
                        run(order.get());
                        worked = true;
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "packaging worker: could not look for jobs", e);
        } finally {
            busy.set(false);
        }
    }

    private void run(MediaJobs.WorkOrder order) {
        long id = order.jobId();
        Path work = null;
        try {
            Path input = uploads.file(order.uploadName());
            if (!Files.isRegularFile(input)) {
                throw new HlsPackager.PackagingException("The uploaded file is no longer in the upload folder; upload it again.");
            }
            Ffmpeg.Probe probe = packager.probe(input);
            work = uploads.newWorkFolder(id);
            FileStore media = stores.media();
            String keyName = "keys/" + order.slug() + ".key";
            Optional<byte[]> existing = existingKey(media, keyName);
            byte[] key = existing.orElseGet(PackagingWorker::newKey);
            HlsPackager.Packaged set = packager.pack(input, probe, work, key,
                    (stage, percent, left) -> !stopping && jobs.beat(id, server, stage, percent, left));
            MediaJobs.TextTracks text = jobs.textTracks(order.titleId());
            packager.finish(set, text.tracks(), text.chapters());
            if (existing.isEmpty()) {
                media.put(keyName, new java.io.ByteArrayInputStream(key));
                media.localFile(keyName).ifPresent(PackagingWorker::ownerOnly);
            }
            media.replaceTree(order.slug(), set.out());
            // The upload goes before the job is marked done, so that a finished job never leaves one behind.
            uploads.delete(order.uploadName());
            jobs.completed(id, server, order.titleId(), set.durationMillis(), set.mpegtsStart(), set.streamInfLines());
        } catch (HlsPackager.PackagingException e) {
            deleteUpload(order);
            jobs.failed(id, server, e.getMessage());
        } catch (InterruptedException e) {
            // Stopping, or another server took the job over: leave the upload for whoever runs it next.
            LOG.info("packaging of job " + id + " stopped: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "packaging job " + id + " failed", e);
            deleteUpload(order);
            jobs.failed(id, server, "Packaging failed: " + e.getMessage());
        } finally {
            UploadFolder.deleteTree(work);
        }
    }

    private void deleteUpload(MediaJobs.WorkOrder order) {
        try {
            uploads.delete(order.uploadName());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete upload " + order.uploadName(), e);
        }
    }

    private static Optional<byte[]> existingKey(FileStore media, String keyName) throws IOException {
        Optional<java.io.InputStream> in = media.open(keyName);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (java.io.InputStream stream = in.get()) {
            byte[] key = stream.readAllBytes();
            return key.length == KEY_BYTES ? Optional.of(key) : Optional.empty();
        }
    }

    private static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** Mode 600 where the file system has modes, as package-hls.sh leaves keys. */
    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system: its own access rules apply.
        }
    }
}
