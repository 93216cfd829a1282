package org.docuportal.impact.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.Title;

/**
 * An official discussion or proposal linked to a film, as the producer's plan counts them: which
 * body, when, in which country (none for an international body), and a reference someone can check
 * (an address or a document number). The platform's administrators record them by hand; the
 * portal only counts them against screenings, it claims no causation.
 */
@Entity
@Table(name = "policy_event")
public class PolicyEvent {

    @Id
    @SequenceGenerator(name = "policy_event_seq", sequenceName = "policy_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    @Column(name = "body", nullable = false, length = 200)
    private String body;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "reference", nullable = false, length = 500)
    private String reference;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 320)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PolicyEvent() {
    }

    /**
     * A recorded event, its texts checked.
     *
     * @throws SurveyInputException naming {@code date}, {@code body}, {@code reference} or {@code note}
     */
    public PolicyEvent(Title title, LocalDate date, String body, CountryCode country, String reference, String note,
                       String recordedBy, Instant now) {
        if (date == null) {
            throw new SurveyInputException("date", "Give the date of the discussion or proposal.");
        }
        this.title = Objects.requireNonNull(title);
        this.eventDate = date;
        this.body = text("body", body, 3, 200, "Name the body (for example a parliamentary committee), 3 to 200 characters.");
        this.country = country == null ? null : country.code();
        this.reference = text("reference", reference, 3, 500,
                "Give a reference someone can check: an address or a document number, 3 to 500 characters.");
        String trimmedNote = note == null ? "" : note.strip();
        if (trimmedNote.length() > 2000) {
            throw new SurveyInputException("note", "A note has at most 2,000 characters.");
        }
        this.note = trimmedNote.isEmpty() ? null : trimmedNote;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(now);
    }

    private static String text(String field, String value, int min, int max, String message) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() < min || trimmed.length() > max) {
            throw new SurveyInputException(field, message);
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public Title title() {
        return title;
    }

    public LocalDate date() {
        return eventDate;
    }

    public String body() {
        return body;
    }

    public String country() {
        return country;
    }

    public String reference() {
        return reference;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
