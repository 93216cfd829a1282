package org.docuportal.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.RightsWindow;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitlePublication;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.institution.domain.InstitutionType;

/**
 * Everything eligibility rules look at, copied into values once: who asks (their institution
 * and their membership of it), for which title and right, for which term, and on which day.
 *
 * <p>Rules receive this snapshot rather than entities so that a rule can neither load more data
 * nor change any, a third-party rule needs nothing but this package, and a test states a whole
 * case in a few lines through {@link #builder()}.
 *
 * @param institution the caller's institution, or null when the caller belongs to none
 * @param member the caller's membership of that institution, or null when there is none
 * @param title the title asked about, with its rights windows
 * @param right the right the caller wants to license
 * @param term the license term asked for
 * @param today the day of the question, which decides whether the term starts in the past
 */
public record EligibilityRequest(Institution institution, Member member, TitleRights title, RightType right,
                                 Term term, LocalDate today) {

    public EligibilityRequest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(today, "today");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether the caller belongs to an institution at all. */
    public boolean hasInstitution() {
        return institution != null;
    }

    /** The title's windows for the requested right, in the title's order. */
    public List<Window> windowsOfRequestedRight() {
        return title.windows().stream().filter(w -> w.rightType() == right).toList();
    }

    /** The caller's institution as the rules see it. */
    public record Institution(String name, InstitutionType type, InstitutionStatus status, CountryCode country) {

        public Institution {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(country, "country");
        }
    }

    /**
     * The caller's membership of the institution.
     *
     * @param role the role the caller holds at the institution
     * @param active false while the membership waits for an administrator's approval
     */
    public record Member(Role role, boolean active) {

        public Member {
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * A title as the rules see it.
     *
     * @param licensable  false while the film is still in production, and while it is not published
     *                    (see {@link Title#isLicensable()})
     * @param publication whether the distributor shows the title: a draft or a withdrawn title is not sold
     */
    public record TitleRights(String slug, boolean licensable, List<Window> windows, TitlePublication publication) {

        public TitleRights {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(publication, "publication");
            windows = List.copyOf(windows);
        }

        /** A published title; {@code licensable} then says whether the film is released. */
        public TitleRights(String slug, boolean licensable, List<Window> windows) {
            this(slug, licensable, windows, TitlePublication.PUBLISHED);
        }

        /** The title's state and windows; call it while the windows can still be loaded. */
        public static TitleRights of(Title title) {
            return new TitleRights(title.slug(), title.isLicensable(),
                    title.rightsWindows().stream().map(Window::of).toList(), title.publication());
        }
    }

    /**
     * One rights window as a value.
     *
     * @param end the last day of the window (inclusive), or null when it runs until further notice
     */
    public record Window(RightType rightType, Territory territory, LocalDate start, LocalDate end) {

        public Window {
            Objects.requireNonNull(rightType, "right type");
            Objects.requireNonNull(territory, "territory");
            Objects.requireNonNull(start, "start");
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("the window ends on " + end + ", before it starts on " + start);
            }
        }

        public static Window of(RightsWindow window) {
            return new Window(window.rightType(), window.territory(), window.startDate(), window.endDate());
        }

        /** Whether the window runs on every day from {@code first} to {@code last}, both inclusive. */
        public boolean coversPeriod(LocalDate first, LocalDate last) {
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("the period ends on " + last + ", before it starts on " + first);
            }
            return RightsWindow.isOpenOn(start, end, first) && RightsWindow.isOpenOn(start, end, last);
        }

        public boolean isOpenOn(LocalDate day) {
            return RightsWindow.isOpenOn(start, end, day);
        }
    }

    /**
     * A license term: a first day and a whole number of months. A term of 12 months from
     * 2026-09-01 runs to 2027-08-31 inclusive.
     */
    public record Term(LocalDate start, int months) {

        public Term {
            Objects.requireNonNull(start, "start");
            if (months < 1) {
                throw new IllegalArgumentException("a term lasts at least one month, not " + months);
            }
        }

        /** The term's last day, inclusive. */
        public LocalDate lastDay() {
            return start.plusMonths(months).minusDays(1);
        }
    }

    /**
     * Builds a request step by step. The right, term and today are required; without
     * {@link #title(TitleRights)}, the title is a licensable one named by {@link #title(String, boolean)}
     * (slug {@code untitled} by default) holding the windows given through {@link #window}.
     */
    public static final class Builder {

        private Institution institution;
        private Member member;
        private String slug = "untitled";
        private boolean licensable = true;
        private final List<Window> windows = new ArrayList<>();
        private TitleRights title;
        private RightType right;
        private Term term;
        private LocalDate today;

        private Builder() {
        }

        public Builder institution(Institution institution) {
            this.institution = institution;
            return this;
        }

        public Builder institution(String name, InstitutionType type, InstitutionStatus status, CountryCode country) {
            return institution(new Institution(name, type, status, country));
        }

        public Builder member(Member member) {
            this.member = member;
            return this;
        }

        public Builder member(Role role, boolean active) {
            return member(new Member(role, active));
        }

        /** The whole title at once; replaces anything given through {@link #title(String, boolean)} and {@link #window}. */
        public Builder title(TitleRights title) {
            this.title = title;
            return this;
        }

        public Builder title(String slug, boolean licensable) {
            this.slug = slug;
            this.licensable = licensable;
            return this;
        }

        public Builder window(Window window) {
            windows.add(window);
            return this;
        }

        public Builder window(RightType type, Territory territory, LocalDate start, LocalDate end) {
            return window(new Window(type, territory, start, end));
        }

        public Builder right(RightType right) {
            this.right = right;
            return this;
        }

        public Builder term(LocalDate start, int months) {
            this.term = new Term(start, months);
            return this;
        }

        public Builder today(LocalDate today) {
            this.today = today;
            return this;
        }

        public EligibilityRequest build() {
            TitleRights t = title != null ? title : new TitleRights(slug, licensable, windows);
            return new EligibilityRequest(institution, member, t, right, term, today);
        }
    }
}
