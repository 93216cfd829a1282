package org.docuportal.catalog.domain;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An award or festival selection: the year, the festival, the result and, for prizes, the category. */
@Embeddable
public class Award implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest festival and category names: the columns' sizes. */
    public static final int MAX_FESTIVAL = 200;
    public static final int MAX_CATEGORY = 200;

    @Column(name = "award_year", nullable = false)
    private int year;

    @Column(name = "festival", nullable = false, length = 200)
    private String festival;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 30)
    private AwardResult result;

    @Column(name = "category", length = 200)
    private String category;

    protected Award() {
    }

    public Award(int year, String festival, AwardResult result, String category) {
        if (year < 1888 || year > 2200) {
            throw new IllegalArgumentException("award year out of range: " + year);
        }
        this.year = year;
        this.festival = Text.limited(festival, "festival", MAX_FESTIVAL);
        this.result = Objects.requireNonNull(result, "result");
        String c = Text.optional(category);
        this.category = c == null ? null : Text.limited(c, "category", MAX_CATEGORY);
    }

    public int year() {
        return year;
    }

    public String festival() {
        return festival;
    }

    public AwardResult result() {
        return result;
    }

    /** The prize category ("Best Feature Documentary"), or null for a selection. */
    public String category() {
        return category;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Award other && year == other.year && festival.equals(other.festival)
                && result == other.result && Objects.equals(category, other.category);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, festival, result, category);
    }
}
