package org.docuportal.impact.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.docuportal.catalog.domain.Title;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.licensing.domain.License;

/**
 * A screening survey: one film shown by one institution on one day, the statements its audience
 * answers before and after, and the public code of its link.
 *
 * <p>The statements are a copy of the film's template, which the member who opened the survey may
 * reword, add to or shorten until the first answer arrives; from then on they are frozen, because
 * every answer must mean the same statements. A closed screening takes no more answers, which is
 * also what lets the reports count it: its figures can no longer move by one participant between
 * two reports.
 *
 * <p>The screening holds no count of its answers: a whole classroom answers at the same moment, and
 * a counter on this versioned row made half of them collide. Answering only inserts a
 * {@link SurveyResponse}; participation ({@link AnswerCounts}) is counted from those rows.
 */
@Entity
@Table(name = "screening")
public class Screening {

    @Id
    @SequenceGenerator(name = "screening_seq", sequenceName = "screening_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "institution_type", nullable = false, length = 30)
    private InstitutionType institutionType;

    // A relationship, not a plain id, so that EclipseLink writes a new license before a screening under it.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @Column(name = "screening_date", nullable = false)
    private LocalDate screeningDate;

    @Column(name = "public_code", nullable = false, unique = true, length = 43)
    private String publicCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ScreeningStatus status;

    // The statements, one per line: always read and replaced together (see SurveyItems.joined).
    @Column(name = "items", nullable = false, length = 3200)
    private String items;

    @Column(name = "opened_by", nullable = false, length = 320)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;


    @Version
    private long version;

    protected Screening() {
    }

    /**
     * Opens the survey of a screening under a license that {@link ScreeningRule} accepted.
     *
     * @param publicCode the random, URL-safe code of the survey's public link
     */
    public Screening(License license, LocalDate screeningDate, List<String> items, String publicCode, String openedBy,
                     Instant now) {
        this.title = license.title();
        this.institution = license.institution();
        this.country = institution.country().code();
        this.institutionType = institution.type();
        this.license = license;
        this.screeningDate = Objects.requireNonNull(screeningDate);
        this.items = SurveyItems.joined(SurveyItems.checked(items));
        this.publicCode = Objects.requireNonNull(publicCode);
        this.openedBy = Objects.requireNonNull(openedBy);
        this.openedAt = Objects.requireNonNull(now);
        this.status = ScreeningStatus.OPEN;
    }

    /**
     * Rewords the statements before anyone answered.
     *
     * @param answersSoFar the answers stored so far, counted by the repository
     * @throws IllegalStateException once an answer arrived or the survey is closed
     */
    public void replaceItems(List<String> statements, AnswerCounts answersSoFar) {
        if (answersSoFar.any()) {
            throw new IllegalStateException("The statements are fixed once the first answer has arrived.");
        }
        if (status == ScreeningStatus.CLOSED) {
            throw new IllegalStateException("This survey is closed.");
        }
        List<String> checked = SurveyItems.checked(statements);
        items = SurveyItems.joined(checked);
    }

    /** Stops taking answers; closing twice changes nothing. */
    public void close(Instant now) {
        if (status == ScreeningStatus.OPEN) {
            status = ScreeningStatus.CLOSED;
            closedAt = now;
        }
    }

    /**
     * Checks that the survey still takes answers.
     *
     * @throws IllegalStateException when the survey is closed
     */
    void requireOpen() {
        if (status != ScreeningStatus.OPEN) {
            throw new IllegalStateException("This survey is closed and takes no more answers.");
        }
    }

    public boolean isOpen() {
        return status == ScreeningStatus.OPEN;
    }

    public Long id() {
        return id;
    }

    public Title title() {
        return title;
    }

    public Institution institution() {
        return institution;
    }

    public String country() {
        return country;
    }

    public InstitutionType institutionType() {
        return institutionType;
    }

    public License license() {
        return license;
    }

    public LocalDate screeningDate() {
        return screeningDate;
    }

    public String publicCode() {
        return publicCode;
    }

    public ScreeningStatus status() {
        return status;
    }

    public List<String> items() {
        return SurveyItems.split(items);
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
