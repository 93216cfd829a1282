package org.docuportal.media.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.media.domain.Chapters;
import org.docuportal.media.domain.JobStage;
import org.docuportal.media.domain.JobState;
import org.docuportal.media.domain.MediaJob;
import org.docuportal.media.domain.MediaRepository;
import org.docuportal.media.domain.SubtitleTrack;
import org.docuportal.media.domain.TitleMedia;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.NotFoundException;

/**
 * The short transactions of packaging jobs, each its own ({@code REQUIRES_NEW}), so that
 * progress is visible at once and nothing is held open while an upload streams in or ffmpeg runs
 * for an hour. Called by {@link MediaStudioService} (which checks the caller) and by
 * {@link PackagingWorker} (which has no caller); not for other callers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MediaJobs {

    /** A running job whose server has not beaten for this long is taken up by another (or the restarted) server. */
    static final Duration STALE = Duration.ofSeconds(60);
    /** Runs interrupted this often (a crash each time?) end the job rather than trying forever. */
    static final int MAX_ATTEMPTS = 3;

    @Inject
    private AuditTrail audit;

    @Inject
    private MediaRepository media;

    @Inject
    private Clock clock;

    /** What a claimed job needs to run. */
    public record WorkOrder(long jobId, long titleId, String slug, String uploadName) {
    }

    /** The title's text tracks and chapters at this moment, for writing into the new set. */
    public record TextTracks(List<SubtitleTrack> tracks, Chapters chapters) {
    }

    @Inject
    private TitleRepository titles;

    @Inject
    private MediaSetFiles files;

    /** The title's id, when it exists and no video of it is waiting or being packaged. */
    public long titleReadyForUpload(String slug) {
        Title title = titles.findBySlug(slug).orElseThrow(() -> new NotFoundException("No title " + slug + "."));
        if (media.hasUnfinishedJob(title.id())) {
            throw new ConflictException("A video of this title is being packaged; wait until that job has finished.");
        }
        return title.id();
    }

    /**
     * Queues a job for a received upload. A set made outside the portal is adopted first, so that
     * its subtitle tracks and chapters go into the new set.
     */
    public MediaJob queue(long titleId, String slug, String uploadName, long bytes, String by) {
        files.adopt(titleId, slug);
        MediaJob job = new MediaJob(titleId, uploadName, bytes, by, clock.instant());
        media.add(job);
        audit.record(AuditAction.MEDIA_UPLOADED, AuditSubject.of(slug, slug), null,
                Snapshot.of().with("upload", uploadName).with("bytes", bytes).with("state", job.state()));
        return job;
    }

    public List<Long> claimable() {
        return media.claimableJobs(clock.instant().minus(STALE), 10);
    }

    /** Takes the job for this server, or empty when another server was quicker (or it ran too often). */
    public Optional<WorkOrder> claim(long jobId, String server) {
        Instant now = clock.instant();
        if (!media.claim(jobId, server, now, now.minus(STALE))) {
            return Optional.empty();
        }
        MediaJob job = media.job(jobId).orElseThrow();
        if (job.attempts() > MAX_ATTEMPTS) {
            media.finish(jobId, server, JobState.FAILED, "Packaging was interrupted " + MAX_ATTEMPTS
                    + " times (the server stopped while it ran); upload the video again.", now);
            return Optional.empty();
        }
        String slug = media.slugOfTitle(job.titleId()).orElseThrow();
        return Optional.of(new WorkOrder(jobId, job.titleId(), slug, job.uploadName()));
    }

    public boolean beat(long jobId, String server, JobStage stage, int percent, Integer secondsLeft) {
        return media.beat(jobId, server, stage, percent, secondsLeft, clock.instant());
    }

    public TextTracks textTracks(long titleId) {
        Chapters chapters = media.titleMedia(titleId).map(TitleMedia::chapters).orElse(Chapters.none());
        return new TextTracks(media.tracksOf(titleId), chapters);
    }

    /** Records the new set and ends the job: both or neither. */
    public void completed(long jobId, String server, long titleId, long durationMillis, Long mpegtsStart, List<String> streamInf) {
        Instant now = clock.instant();
        TitleMedia record = media.titleMedia(titleId).orElseGet(() -> {
            TitleMedia created = new TitleMedia(titleId);
            media.add(created);
            return created;
        });
        record.packaged(durationMillis, mpegtsStart, streamInf, now);
        media.finish(jobId, server, JobState.DONE, null, now);
    }

    public void failed(long jobId, String server, String reason) {
        media.finish(jobId, server, JobState.FAILED, reason, clock.instant());
    }
}
