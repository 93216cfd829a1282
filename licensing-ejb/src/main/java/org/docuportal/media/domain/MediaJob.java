package org.docuportal.media.domain;

import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One packaging of an uploaded master video into a title's HLS set. The upload waits under a
 * server-chosen name ({@link #uploadName()}) in the upload folder until the job finishes either way.
 *
 * <p>State changes that several servers race for (claiming a job, beating while it runs) are
 * conditional {@code UPDATE}s in the repository rather than methods here: the row, not a loaded
 * copy of it, decides who packages. Not in the shared cache ({@code @Cacheable(false)}): those
 * updates bypass it, and another server's progress must be read from the row.
 */
@Entity
@Cacheable(false)
@Table(name = "media_job")
public class MediaJob {

    /** Longest failure reason kept; the column's width. */
    public static final int MAX_ERROR = 500;

    @Id
    @SequenceGenerator(name = "media_job_seq", sequenceName = "media_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_job_seq")
    private Long id;

    @Column(name = "title_id", nullable = false)
    private long titleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private JobState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private JobStage stage;

    @Column(name = "percent", nullable = false)
    private int percent;

    @Column(name = "estimated_seconds_left")
    private Integer estimatedSecondsLeft;

    @Column(name = "error", length = MAX_ERROR)
    private String error;

    @Column(name = "upload_name", nullable = false, length = 64)
    private String uploadName;

    @Column(name = "source_bytes", nullable = false)
    private long sourceBytes;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "created_by", nullable = false, length = 320)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected MediaJob() {
    }

    /** A job waiting for a server, for an upload already complete in the upload folder. */
    public MediaJob(long titleId, String uploadName, long sourceBytes, String createdBy, Instant now) {
        if (uploadName == null || !uploadName.matches("[a-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("upload names are chosen by the server: " + uploadName);
        }
        this.titleId = titleId;
        this.uploadName = uploadName;
        this.sourceBytes = sourceBytes;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.state = JobState.QUEUED;
        this.stage = JobStage.WAITING;
    }

    public Long id() {
        return id;
    }

    public long titleId() {
        return titleId;
    }

    public JobState state() {
        return state;
    }

    public JobStage stage() {
        return stage;
    }

    public int percent() {
        return percent;
    }

    public Integer estimatedSecondsLeft() {
        return estimatedSecondsLeft;
    }

    public String error() {
        return error;
    }

    public String uploadName() {
        return uploadName;
    }

    public long sourceBytes() {
        return sourceBytes;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** The reason as stored: one line, cut to the column's width. */
    public static String clip(String reason) {
        String line = reason == null ? "unknown error" : reason.replaceAll("\\s+", " ").trim();
        return line.length() <= MAX_ERROR ? line : line.substring(0, MAX_ERROR - 1) + "…";
    }
}
