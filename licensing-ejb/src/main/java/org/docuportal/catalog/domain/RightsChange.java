package org.docuportal.catalog.domain;

import java.time.Instant;
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

/**
 * One entry of a title's rights history: who changed which window, when, how and why, with the
 * window's terms before and after in words.
 *
 * <p>Append-only: every column is written once ({@code updatable = false}), the class has no
 * setter and {@link RightsHistory} can only add and read. The window is kept as a plain id, not
 * a relation, because a withdrawn window's row is deleted while its history stays.
 */
@Entity
@Table(name = "rights_change")
public class RightsChange {

    @Id
    @SequenceGenerator(name = "rights_change_seq", sequenceName = "rights_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rights_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "title_id", nullable = false, updatable = false)
    private Title title;

    @Column(name = "window_id", nullable = false, updatable = false)
    private long windowId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20, updatable = false)
    private RightsChangeAction action;

    @Column(name = "before_text", length = 1000, updatable = false)
    private String before;

    @Column(name = "after_text", length = 1000, updatable = false)
    private String after;

    @Column(name = "reason", nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 320, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected RightsChange() {
    }

    /**
     * @param before the window's terms before the change, or null when it was added
     * @param after  its terms after the change, or null when it was withdrawn
     * @param reason why, in the distributor's words; required
     */
    public RightsChange(RightsWindow window, RightsChangeAction action, WindowTerms before, WindowTerms after,
                        String reason, String changedBy, Instant changedAt) {
        Objects.requireNonNull(window, "window");
        this.title = window.title();
        this.windowId = Objects.requireNonNull(window.id(), "a window is saved before its change is recorded");
        this.action = Objects.requireNonNull(action, "action");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change has a state before or after it");
        }
        this.before = before == null ? null : before.describe();
        this.after = after == null ? null : after.describe();
        this.reason = Text.required(reason, "reason");
        this.changedBy = Text.required(changedBy, "changed by");
        this.changedAt = Objects.requireNonNull(changedAt, "changed at");
    }

    /** The action a change of territory and end makes: ENDED when only the end moved earlier, else AMENDED. */
    public static RightsChangeAction actionOf(WindowTerms before, WindowTerms after) {
        boolean sameTerritory = before.territory().equals(after.territory());
        boolean endsEarlier = after.end() != null && (before.end() == null || after.end().isBefore(before.end()));
        return sameTerritory && endsEarlier ? RightsChangeAction.ENDED : RightsChangeAction.AMENDED;
    }

    public Long id() {
        return id;
    }

    public Title title() {
        return title;
    }

    public long windowId() {
        return windowId;
    }

    public RightsChangeAction action() {
        return action;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String reason() {
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
