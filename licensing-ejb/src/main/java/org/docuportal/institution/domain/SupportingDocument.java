package org.docuportal.institution.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

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
 * A document an institution uploads as evidence for its review: a charter, an accreditation
 * letter, a ministry listing. PDF, PNG or JPEG, recognised by their content rather than by
 * the name the uploader gave, and at most {@link #MAX_BYTES}.
 */
@Entity
@Table(name = "supporting_document")
public class SupportingDocument {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Id
    @SequenceGenerator(name = "supporting_document_seq", sequenceName = "supporting_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supporting_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected SupportingDocument() {
    }

    public SupportingDocument(Institution institution, String fileName, byte[] content, String uploadedBy, Instant now) {
        this.institution = Objects.requireNonNull(institution);
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("the file is larger than 5 MB");
        }
        this.contentType = sniff(content);
        this.fileName = cleanName(fileName, contentType);
        this.content = content.clone();
        this.size = content.length;
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(now);
    }

    /** The media type by the file's first bytes; anything but PDF, PNG and JPEG is refused. */
    static String sniff(byte[] content) {
        if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "image/png";
        }
        if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        throw new IllegalArgumentException("only PDF, PNG and JPEG files are accepted");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Keeps letters, digits, spaces, dots, dashes and underscores; never a path. */
    private static String cleanName(String name, String contentType) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "document" + base;
        }
        if (base.length() > 200) {
            base = base.substring(base.length() - 200);
        }
        return base;
    }

    public Long id() {
        return id;
    }

    public Institution institution() {
        return institution;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int size() {
        return size;
    }

    public byte[] content() {
        return content.clone();
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
