package org.docuportal.curriculum.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.docuportal.licensing.domain.License;

/**
 * One stamped download of a study guide: which guide, under which license, by whom, when. It is
 * written in the same transaction that stamps the copy, so every copy handed out is on record, and
 * it keeps the title, institution, country and month the usage reports count downloads by.
 * A record never changes.
 */
@Entity
@Table(name = "guide_download")
public class GuideDownload {

    @Id
    @SequenceGenerator(name = "guide_download_seq", sequenceName = "guide_download_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guide_download_seq")
    private Long id;

    @Column(name = "guide", nullable = false, length = 100)
    private String guide;

    @Column(name = "audience", nullable = false, length = 30)
    private String audience;

    @Column(name = "guide_version")
    private Integer guideVersion;

    @Column(name = "title_id", nullable = false)
    private long titleId;

    @Column(name = "license_id", nullable = false)
    private long licenseId;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "downloader", nullable = false, length = 320)
    private String downloader;

    @Column(name = "usage_month", nullable = false)
    private LocalDate usageMonth;

    @Column(name = "downloaded_at", nullable = false)
    private Instant downloadedAt;

    protected GuideDownload() {
    }

    /**
     * The download of a guide under a license.
     *
     * @param guide the guide's key, {@code <film>.<audience>[.<language>]}
     * @param audience the guide's audience, by its constant's name
     * @param guideVersion the number of the published version the copy was made from
     * @param license the license that opened the guide; it names the title and the institution
     * @param downloader the member's email
     * @param now when
     */
    public GuideDownload(String guide, String audience, int guideVersion, License license, String downloader, Instant now) {
        this.guide = Objects.requireNonNull(guide, "guide");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.guideVersion = guideVersion;
        this.titleId = license.title().id();
        this.licenseId = license.id();
        this.institutionId = license.institution().id();
        this.country = license.institution().country().code();
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.usageMonth = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1);
        this.downloadedAt = Objects.requireNonNull(now, "now");
    }

    public Long id() {
        return id;
    }

    public String guide() {
        return guide;
    }

    /** The version the copy was made from; empty for downloads made before guides had versions. */
    public Optional<Integer> guideVersion() {
        return Optional.ofNullable(guideVersion);
    }

    public long licenseId() {
        return licenseId;
    }

    public long institutionId() {
        return institutionId;
    }

    public String downloader() {
        return downloader;
    }

    public LocalDate usageMonth() {
        return usageMonth;
    }

    public Instant downloadedAt() {
        return downloadedAt;
    }
}
