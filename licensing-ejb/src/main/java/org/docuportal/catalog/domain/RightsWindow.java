package org.docuportal.catalog.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * One row of a title's avails: a right type, a territory and the dates between which the
 * distributor holds that right. A missing end date means the right runs until further notice.
 *
 * <p>Both dates are inclusive: a window from 2024-01-01 to 2024-12-31 covers the whole of 2024.
 *
 * <p>Not kept in EclipseLink's shared cache: windows decide what may be sold, and a distributor
 * amends them at run time, so every transaction reads them from the database (a second server
 * must never sell from a copy it cached before the amendment). {@code @Cacheable(false)} says so
 * to JPA, EclipseLink's ISOLATED says it whatever the unit's shared-cache mode (which since issue 15
 * caches no entity at all, see persistence.xml).
 */
@Entity
@Cacheable(false)
@Cache(isolation = CacheIsolationType.ISOLATED)
@Table(name = "rights_window")
public class RightsWindow {

    @Id
    @SequenceGenerator(name = "rights_window_seq", sequenceName = "rights_window_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rights_window_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @Enumerated(EnumType.STRING)
    @Column(name = "right_type", nullable = false, length = 30)
    private RightType rightType;

    @Column(name = "worldwide", nullable = false)
    private boolean worldwide;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rights_window_country", joinColumns = @JoinColumn(name = "rights_window_id"))
    @Column(name = "country_code", nullable = false, length = 2)
    private Set<String> countries = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rights_window_excluded_country", joinColumns = @JoinColumn(name = "rights_window_id"))
    @Column(name = "country_code", nullable = false, length = 2)
    private Set<String> excludedCountries = new HashSet<>();

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Version
    private long version;

    protected RightsWindow() {
    }

    RightsWindow(Title title, RightType rightType, Territory territory, LocalDate startDate, LocalDate endDate) {
        this.title = Objects.requireNonNull(title, "title");
        this.rightType = Objects.requireNonNull(rightType, "right type");
        Objects.requireNonNull(territory, "territory");
        this.worldwide = territory.worldwide();
        this.countries = codes(territory.countries());
        this.excludedCountries = codes(territory.excluded());
        this.startDate = Objects.requireNonNull(startDate, "start date");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("the end date " + endDate + " is before the start date " + startDate);
        }
        this.endDate = endDate;
    }

    /**
     * Changes where and until when the right runs; the start and the right type stay. Only the
     * title, through {@link Title#amendRights}, calls it, so that the history sees every change.
     */
    void amend(Territory territory, LocalDate endDate) {
        Objects.requireNonNull(territory, "territory");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("the end date " + endDate + " is before the start date " + startDate);
        }
        this.worldwide = territory.worldwide();
        this.countries = codes(territory.countries());
        this.excludedCountries = codes(territory.excluded());
        this.endDate = endDate;
    }

    /** This window as it would be with another territory and end: a copy that belongs to no title's list. */
    RightsWindow amendedCopy(Territory territory, LocalDate endDate) {
        return new RightsWindow(title, rightType, territory, startDate, endDate);
    }

    private static Set<String> codes(Set<CountryCode> codes) {
        return codes.stream().map(CountryCode::code).collect(Collectors.toCollection(HashSet::new));
    }

    public Long id() {
        return id;
    }

    public Title title() {
        return title;
    }

    public RightType rightType() {
        return rightType;
    }

    public Territory territory() {
        return new Territory(worldwide,
                countries.stream().map(CountryCode::new).collect(Collectors.toSet()),
                excludedCountries.stream().map(CountryCode::new).collect(Collectors.toSet()));
    }

    public LocalDate startDate() {
        return startDate;
    }

    /** The last day of the window, or null when it is open-ended. */
    public LocalDate endDate() {
        return endDate;
    }

    /** Whether the right may be exercised in the country on that day. */
    public boolean isAvailableIn(CountryCode country, LocalDate date) {
        return isOpenOn(date) && territory().covers(country);
    }

    /** Whether the window runs on that day, wherever. */
    public boolean isOpenOn(LocalDate date) {
        return isOpenOn(startDate, endDate, date);
    }

    /** Whether a window from {@code start} to {@code end} (inclusive; null: open-ended) runs on that day. */
    public static boolean isOpenOn(LocalDate start, LocalDate end, LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /**
     * Whether the window runs on every day from {@code first} to {@code last}, both inclusive.
     * An inverted period is rejected rather than answered "yes" for containing no day.
     */
    public boolean coversPeriod(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the period ends on " + last + ", before it starts on " + first);
        }
        return !first.isBefore(startDate) && (endDate == null || !last.isAfter(endDate));
    }

    /**
     * Whether one of the windows grants the right in the country on every day from {@code first}
     * to {@code last}: the rule that a license never outlives the rights that allow it, written
     * once with {@link Territory#covers} and {@link #coversPeriod}. Windows are not chained.
     */
    public static boolean anyCovers(Collection<RightsWindow> windows, RightType right, CountryCode country,
                                    LocalDate first, LocalDate last) {
        return windows.stream()
                .filter(w -> w.rightType() == right)
                .filter(w -> w.territory().covers(country))
                .anyMatch(w -> w.coversPeriod(first, last));
    }

    /** The window's terms as a value, for the history and for views. */
    public WindowTerms terms() {
        return new WindowTerms(rightType, territory(), startDate, endDate);
    }

    /** Whether this window states the same right, territory and dates as the given values. */
    public boolean sameAs(RightType type, Territory territory, LocalDate start, LocalDate end) {
        return rightType == type && territory().equals(territory) && startDate.equals(start) && Objects.equals(endDate, end);
    }
}
