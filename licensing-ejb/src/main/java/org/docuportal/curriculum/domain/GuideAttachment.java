package org.docuportal.curriculum.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

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
 * A file attached to a study guide: a worksheet as a PDF, or an image the guide shows. Members who
 * may read the guide may download it; its name is unique within the guide, and a new file of the
 * same name replaces it.
 */
@Entity
@Table(name = "study_guide_attachment")
public class GuideAttachment {

    /** What an attachment's name may be: letters, digits, dots, dashes and underscores; no path, no leading dot. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    @Id
    @SequenceGenerator(name = "study_guide_attachment_seq", sequenceName = "study_guide_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_guide_attachment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "guide_id", nullable = false)
    private StudyGuideEdition guide;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 320)
    private String uploadedBy;

    protected GuideAttachment() {
    }

    public GuideAttachment(StudyGuideEdition guide, String name, String contentType, byte[] content, String uploadedBy,
                           Instant now) {
        this.guide = Objects.requireNonNull(guide, "guide");
        this.name = Objects.requireNonNull(name, "name");
        replace(contentType, content, uploadedBy, now);
    }

    /** Whether an attachment could have this name; anything else names none (and never reaches a query). */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Puts a new file in this one's place. */
    public void replace(String contentType, byte[] content, String uploadedBy, Instant now) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = content.clone();
        this.size = content.length;
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(now, "now");
    }

    public StudyGuideEdition guide() {
        return guide;
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public long size() {
        return size;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
