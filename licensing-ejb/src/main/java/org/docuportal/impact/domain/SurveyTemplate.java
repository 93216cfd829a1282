package org.docuportal.impact.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A film's survey template: the awareness statements a new screening survey starts from, written
 * by the distributor for that film. Editing it changes future surveys only; each screening keeps
 * the copy it was opened with, so answers always belong to the words the audience read.
 */
@Entity
@Table(name = "survey_template")
public class SurveyTemplate {

    /** The statements of a film that has no template of its own yet: about awareness in general. */
    public static final List<String> GENERIC_ITEMS = List.of(
            "I know about the historical events this film is about.",
            "I understand how these events affected the people who lived through them.",
            "I think these events still matter today.",
            "I could explain these events to someone who has never heard of them.");

    @Id
    @SequenceGenerator(name = "survey_template_seq", sequenceName = "survey_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_template_seq")
    private Long id;

    @Column(name = "title_id", nullable = false, unique = true)
    private long titleId;

    // The statements, one per line: always read and replaced together (see SurveyItems.joined).
    @Column(name = "items", nullable = false, length = 3200)
    private String items;

    @Column(name = "updated_by", nullable = false, length = 320)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SurveyTemplate() {
    }

    /** The template of a film, with its statements checked by {@link SurveyItems}. */
    public SurveyTemplate(long titleId, List<String> items, String author, Instant now) {
        this.titleId = titleId;
        replaceItems(items, author, now);
    }

    /** Replaces the statements; screenings already opened keep theirs. */
    public void replaceItems(List<String> statements, String author, Instant now) {
        List<String> checked = SurveyItems.checked(statements);
        items = SurveyItems.joined(checked);
        this.updatedBy = Objects.requireNonNull(author);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public long titleId() {
        return titleId;
    }

    public List<String> items() {
        return SurveyItems.split(items);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
