package org.docuportal.media.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where packaging jobs, subtitle tracks and title media records are kept. Implementations join
 * the caller's transaction; {@link #claim} and {@link #beat} are single conditional updates, so
 * that two servers never package the same job.
 */
public interface MediaRepository {

    void add(MediaJob job);

    /** The slug of a title, by its id (jobs and tracks refer to titles by id). */
    Optional<String> slugOfTitle(long titleId);

    Optional<MediaJob> job(long id);

    /** The title's most recent job, if any. */
    Optional<MediaJob> latestJobOf(long titleId);

    /** Jobs a server may take: waiting, or running with a heartbeat older than {@code staleBefore}. */
    List<Long> claimableJobs(Instant staleBefore, int max);

    /**
     * Takes the job for this server if it is still claimable: one {@code UPDATE ... WHERE} that only
     * one server can win. Returns whether this server won.
     */
    boolean claim(long jobId, String server, Instant now, Instant staleBefore);

    /** Records progress of a job this server holds; false when another server took it over meanwhile. */
    boolean beat(long jobId, String server, JobStage stage, int percent, Integer secondsLeft, Instant now);

    /** Ends a job this server holds: DONE, or FAILED with a reason. */
    boolean finish(long jobId, String server, JobState state, String error, Instant now);

    /** Whether a job of the title is waiting or running. */
    boolean hasUnfinishedJob(long titleId);

    Optional<TitleMedia> titleMedia(long titleId);

    /** Like {@link #titleMedia}, read again from the database where this transaction already holds it. */
    Optional<TitleMedia> titleMediaAsStored(long titleId);

    void add(TitleMedia media);

    List<SubtitleTrack> tracksOf(long titleId);

    Optional<SubtitleTrack> track(long titleId, String language, TrackKind kind);

    void add(SubtitleTrack track);

    void remove(SubtitleTrack track);
}
