package org.docuportal.media.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What the portal knows of a title's streaming set besides its files: what the last packaging
 * measured (duration, the first frame's MPEG-TS time, the renditions' {@code EXT-X-STREAM-INF}
 * lines), so that the master playlist and subtitle playlists can be written again when a
 * subtitle track changes, and the chapters, so that packaging again writes them into the new set.
 */
@Entity
@Cacheable(false)
@Table(name = "title_media")
public class TitleMedia {

    @Id
    @Column(name = "title_id")
    private Long titleId;

    @Column(name = "duration_ms")
    private Long durationMillis;

    @Column(name = "mpegts_start")
    private Long mpegtsStart;

    @Column(name = "renditions", length = 2000)
    private String renditions;

    @Column(name = "chapters", length = 40000)
    private String chapters;

    @Column(name = "packaged_at")
    private Instant packagedAt;

    @Version
    private long version;

    protected TitleMedia() {
    }

    public TitleMedia(long titleId) {
        this.titleId = titleId;
    }

    /** Records a finished packaging. */
    public void packaged(long durationMillis, Long mpegtsStart, List<String> streamInfLines, Instant now) {
        if (streamInfLines.isEmpty()) {
            throw new IllegalArgumentException("a packaged set has renditions");
        }
        this.durationMillis = durationMillis;
        this.mpegtsStart = mpegtsStart;
        this.renditions = String.join("\n", streamInfLines);
        this.packagedAt = now;
    }

    public void replaceChapters(Chapters chapters) {
        this.chapters = chapters.isEmpty() ? null : chapters.stored();
    }

    public long titleId() {
        return titleId;
    }

    /** Whether a set has been packaged by the portal (so the master playlist can be written). */
    public boolean isPackaged() {
        return renditions != null && durationMillis != null;
    }

    public Long durationMillis() {
        return durationMillis;
    }

    public Long mpegtsStart() {
        return mpegtsStart;
    }

    /** The {@code EXT-X-STREAM-INF} lines, highest rendition first. */
    public List<String> streamInfLines() {
        return renditions == null ? List.of() : Arrays.asList(renditions.split("\n"));
    }

    public Chapters chapters() {
        return Chapters.fromStored(chapters);
    }

    public Instant packagedAt() {
        return packagedAt;
    }
}
