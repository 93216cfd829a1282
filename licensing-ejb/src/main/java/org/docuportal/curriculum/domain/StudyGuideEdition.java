package org.docuportal.curriculum.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.docuportal.catalog.domain.Title;
import org.docuportal.curriculum.Audience;
import org.docuportal.curriculum.GuideId;

/**
 * One study guide as the studio keeps it: a film's guide for one audience in one language, with
 * the draft being written (if any) and the number of its latest published version. The versions
 * themselves are {@link PublishedGuideVersion}s and never change.
 *
 * <p>Publishing bumps {@link #latestVersion()} on this row, which carries an optimistic lock: two
 * editors who publish at once cannot both make version <em>n</em>.
 */
@Entity
@Table(name = "study_guide")
public class StudyGuideEdition {

    /** The longest source the studio keeps: far beyond any guide (the six demo guides are under 20,000 characters). */
    public static final int MAX_SOURCE_CHARS = 500_000;

    @Id
    @SequenceGenerator(name = "study_guide_seq", sequenceName = "study_guide_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_guide_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 30)
    private Audience audience;

    @Column(name = "language", nullable = false, length = 3)
    private String language;

    @Column(name = "draft_format", length = 30)
    private String draftFormat;

    @Column(name = "draft_source", length = 1_000_000)
    private String draftSource;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    @Column(name = "draft_saved_by", length = 320)
    private String draftSavedBy;

    @Column(name = "latest_version")
    private Integer latestVersion;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected StudyGuideEdition() {
    }

    public StudyGuideEdition(Title title, Audience audience, String language) {
        this.title = Objects.requireNonNull(title, "title");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.language = Objects.requireNonNull(language, "language");
    }

    /** Keeps a checked source as the draft, replacing the one before. */
    public void saveDraft(String format, String source, String savedBy, Instant now) {
        this.draftFormat = Objects.requireNonNull(format, "format");
        this.draftSource = Objects.requireNonNull(source, "source");
        this.draftSavedBy = Objects.requireNonNull(savedBy, "savedBy");
        this.draftSavedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Turns the draft into the next version and closes the draft.
     *
     * @throws IllegalStateException if there is no draft
     */
    public PublishedGuideVersion publish(String publishedBy, Instant now) {
        if (draftSource == null) {
            throw new IllegalStateException("no draft to publish");
        }
        int number = latestVersion == null ? 1 : latestVersion + 1;
        PublishedGuideVersion version = new PublishedGuideVersion(this, number, draftFormat, draftSource, publishedBy, now);
        latestVersion = number;
        draftFormat = null;
        draftSource = null;
        draftSavedAt = null;
        draftSavedBy = null;
        return version;
    }

    /** The guide's name in readers' addresses. */
    public GuideId guideId() {
        return new GuideId(title.slug(), audience, language);
    }

    public Long id() {
        return id;
    }

    public Title title() {
        return title;
    }

    public Audience audience() {
        return audience;
    }

    public String language() {
        return language;
    }

    public boolean hasDraft() {
        return draftSource != null;
    }

    public Optional<String> draftFormat() {
        return Optional.ofNullable(draftFormat);
    }

    public Optional<String> draftSource() {
        return Optional.ofNullable(draftSource);
    }

    public Optional<Instant> draftSavedAt() {
        return Optional.ofNullable(draftSavedAt);
    }

    public Optional<String> draftSavedBy() {
        return Optional.ofNullable(draftSavedBy);
    }

    public Optional<Integer> latestVersion() {
        return Optional.ofNullable(latestVersion);
    }
}
