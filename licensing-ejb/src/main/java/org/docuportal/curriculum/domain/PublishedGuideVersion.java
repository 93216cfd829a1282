package org.docuportal.curriculum.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One published version of a study guide: its source as it was published, and its PDF once
 * rendered. The source never changes; the PDF is written once, by whichever of the background
 * render and a first download comes first.
 */
@Entity
@Table(name = "study_guide_version")
public class PublishedGuideVersion {

    @Id
    @SequenceGenerator(name = "study_guide_version_seq", sequenceName = "study_guide_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_guide_version_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "guide_id", nullable = false)
    private StudyGuideEdition guide;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "format", nullable = false, length = 30)
    private String format;

    @Column(name = "source", nullable = false, length = 1_000_000)
    private String source;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 320)
    private String publishedBy;

    // Lazy: lists of versions must not drag every PDF out of the database.
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf")
    private byte[] pdf;

    @Column(name = "pdf_rendered_at")
    private Instant pdfRenderedAt;

    protected PublishedGuideVersion() {
    }

    PublishedGuideVersion(StudyGuideEdition guide, int number, String format, String source, String publishedBy,
                          Instant publishedAt) {
        this.guide = Objects.requireNonNull(guide, "guide");
        this.number = number;
        this.format = Objects.requireNonNull(format, "format");
        this.source = Objects.requireNonNull(source, "source");
        this.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    }

    public Long id() {
        return id;
    }

    public StudyGuideEdition guide() {
        return guide;
    }

    public int number() {
        return number;
    }

    public String format() {
        return format;
    }

    public String source() {
        return source;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public boolean isPdfReady() {
        return pdfRenderedAt != null;
    }

    public Optional<byte[]> pdf() {
        return Optional.ofNullable(pdf);
    }
}
