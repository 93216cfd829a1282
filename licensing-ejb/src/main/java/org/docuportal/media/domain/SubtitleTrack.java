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
 * One text track of a title, in one language and of one kind, kept in the database so that
 * packaging the title again (a new master) writes it into the new set.
 */
@Entity
@Cacheable(false)
@Table(name = "subtitle_track")
public class SubtitleTrack {

    @Id
    @SequenceGenerator(name = "subtitle_track_seq", sequenceName = "subtitle_track_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subtitle_track_seq")
    private Long id;

    @Column(name = "title_id", nullable = false)
    private long titleId;

    @Column(name = "language", nullable = false, length = 35)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private TrackKind kind;

    @Column(name = "cues", nullable = false, length = WebVtt.MAX_CHARS)
    private String cues;

    @Column(name = "updated_by", nullable = false, length = 320)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SubtitleTrack() {
    }

    /** A track; {@code cues} is a WebVTT file that {@link WebVtt#check} accepted. */
    public SubtitleTrack(long titleId, String language, TrackKind kind, String cues, String by, Instant now) {
        this.titleId = titleId;
        this.language = language;
        this.kind = kind;
        replace(cues, by, now);
    }

    public void replace(String cues, String by, Instant now) {
        this.cues = cues;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public long titleId() {
        return titleId;
    }

    public String language() {
        return language;
    }

    public TrackKind kind() {
        return kind;
    }

    public String cues() {
        return cues;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The track's file name in {@code subs/}, without extension. */
    public String fileName() {
        return kind.fileName(language);
    }
}
