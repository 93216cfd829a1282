package org.docuportal.catalog.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A film in the distributor's catalog, with its program details and the rights windows the
 * distributor holds for it. The aggregate root of the catalog.
 *
 * <p>Program details change rarely and together, so they are set through {@link #describe} or
 * replaced whole through {@link #replaceProgramDetails} rather than field by field; rights windows
 * are added and checked here so that a window can never belong to another title.
 *
 * <p>Two states are kept apart: {@link TitleStatus} says whether the film is finished,
 * {@link TitlePublication} whether the distributor shows it. Only a released and published title
 * {@linkplain #isLicensable() can be licensed}.
 */
@Entity
@Table(name = "title")
public class Title {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Longest slug, title, synopsis, supplier and subject: the columns' sizes. */
    public static final int MAX_SLUG = 100;
    public static final int MAX_TITLE = 300;
    public static final int MAX_SYNOPSIS = 4000;
    public static final int MAX_SUPPLIER = 200;
    public static final int MAX_SUBJECT = 100;
    /** At most this many subjects and alternate titles, so that the search text stays within its column. */
    public static final int MAX_SUBJECTS = 20;
    public static final int MAX_ALTERNATE_TITLES = 10;

    @Id
    @SequenceGenerator(name = "title_seq", sequenceName = "title_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "title_seq")
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 100)
    private String slug;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "original_title", length = 300)
    private String originalTitle;

    @Column(name = "synopsis", nullable = false, length = 4000)
    private String synopsis;

    @Column(name = "runtime_minutes")
    private Integer runtimeMinutes;

    @Column(name = "production_year")
    private Integer productionYear;

    @Column(name = "supplier", length = 200)
    private String supplier;

    @Column(name = "original_language", nullable = false, length = 35)
    private String originalLanguage;

    @Column(name = "poster_path", length = 300)
    private String posterPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TitleStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication", nullable = false, length = 20)
    private TitlePublication publication;

    /**
     * Title, original title, alternate titles, synopsis and subjects in lower case, kept in step by
     * every method that changes them. The search index reads the fields themselves; this column makes
     * any change to a title's words a change of the row, so that its {@code @Version} (and with it the
     * {@link CatalogRevision} every server's search index watches) moves even when only an alternate
     * title or a subject changed.
     */
    @Column(name = "search_text", nullable = false, length = 12000)
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "title_language_version", joinColumns = @JoinColumn(name = "title_id"))
    private Set<LanguageVersion> languageVersions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "title_alternate_title", joinColumns = @JoinColumn(name = "title_id"))
    @OrderColumn(name = "position")
    @Column(name = "alternate_title", nullable = false, length = MAX_TITLE)
    private List<String> alternateTitles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "title_subject", joinColumns = @JoinColumn(name = "title_id"))
    @OrderColumn(name = "position")
    @Column(name = "subject", nullable = false, length = 100)
    private List<String> subjects = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "title_award", joinColumns = @JoinColumn(name = "title_id"))
    @OrderColumn(name = "position")
    private List<Award> awards = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "title_press_quote", joinColumns = @JoinColumn(name = "title_id"))
    @OrderColumn(name = "position")
    private List<PressQuote> pressQuotes = new ArrayList<>();

    @OneToMany(mappedBy = "title", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rightType ASC, startDate ASC")
    private List<RightsWindow> rightsWindows = new ArrayList<>();

    @Version
    private long version;

    protected Title() {
    }

    /** A published title, as catalog imports and the demo data make them; the studio starts with {@link #draft}. */
    public Title(String slug, String title, String synopsis, String originalLanguage, TitleStatus status) {
        this(slug, title, synopsis, originalLanguage, status, TitlePublication.PUBLISHED);
    }

    private Title(String slug, String title, String synopsis, String originalLanguage, TitleStatus status,
                  TitlePublication publication) {
        if (!isValidSlug(slug)) {
            throw new IllegalArgumentException("a slug is lower-case letters and digits joined by hyphens: " + slug);
        }
        this.slug = slug;
        this.title = Text.limited(title, "title", MAX_TITLE);
        this.synopsis = Text.limited(synopsis, "synopsis", MAX_SYNOPSIS);
        this.originalLanguage = LanguageTags.normalize(originalLanguage);
        this.status = Objects.requireNonNull(status, "status");
        this.publication = publication;
        refreshSearchText();
    }

    /** A new title that only platform administrators see until it is {@linkplain #changePublication published}. */
    public static Title draft(String slug, String title, String synopsis, String originalLanguage, TitleStatus status) {
        return new Title(slug, title, synopsis, originalLanguage, status, TitlePublication.DRAFT);
    }

    /** Whether the text can be a title's address: lower-case letters and digits joined by single hyphens, at most 100 long. */
    public static boolean isValidSlug(String slug) {
        return slug != null && slug.length() <= MAX_SLUG && SLUG.matcher(slug).matches();
    }

    private void refreshSearchText() {
        StringBuilder text = new StringBuilder(title).append('\n').append(synopsis);
        if (originalTitle != null) {
            text.append('\n').append(originalTitle);
        }
        alternateTitles.forEach(alternate -> text.append('\n').append(alternate));
        subjects.forEach(subject -> text.append('\n').append(subject));
        searchText = text.toString().toLowerCase(Locale.ROOT);
    }

    /** Sets the program details that a rights portfolio lists; null where a detail is not known yet. */
    public Title describe(String originalTitle, Integer runtimeMinutes, Integer productionYear, String supplier) {
        if (runtimeMinutes != null && runtimeMinutes <= 0) {
            throw new IllegalArgumentException("runtime must be positive: " + runtimeMinutes);
        }
        String original = Text.optional(originalTitle);
        String supplied = Text.optional(supplier);
        this.originalTitle = original == null ? null : Text.limited(original, "original title", MAX_TITLE);
        this.supplier = supplied == null ? null : Text.limited(supplied, "supplier", MAX_SUPPLIER);
        this.runtimeMinutes = runtimeMinutes;
        this.productionYear = productionYear;
        refreshSearchText();
        return this;
    }

    public Title showPoster(String posterPath) {
        this.posterPath = Text.optional(posterPath);
        return this;
    }

    public Title offerLanguage(LanguageVersion version) {
        languageVersions.add(Objects.requireNonNull(version));
        return this;
    }

    public Title classifyUnder(String subject) {
        String s = Text.limited(subject, "subject", MAX_SUBJECT);
        if (!subjects.contains(s)) {
            subjects.add(s);
            refreshSearchText();
        }
        return this;
    }

    /** Adds another name the film is known by: a translation, another romanization, a working title. */
    public Title alsoKnownAs(String alternateTitle) {
        String a = Text.limited(alternateTitle, "alternate title", MAX_TITLE);
        if (alternateTitles.size() >= MAX_ALTERNATE_TITLES) {
            throw new IllegalArgumentException("at most " + MAX_ALTERNATE_TITLES + " alternate titles");
        }
        if (!alternateTitles.contains(a)) {
            alternateTitles.add(a);
            refreshSearchText();
        }
        return this;
    }

    public Title recordAward(Award award) {
        awards.add(Objects.requireNonNull(award));
        return this;
    }

    public Title quotePress(PressQuote quote) {
        pressQuotes.add(Objects.requireNonNull(quote));
        return this;
    }

    public void changeStatus(TitleStatus status) {
        this.status = Objects.requireNonNull(status);
    }

    /**
     * Replaces every program detail at once, as the studio's edit form and API send them; the slug,
     * the production status, the poster and the rights stay.
     */
    public Title replaceProgramDetails(ProgramDetails details) {
        Objects.requireNonNull(details, "details");
        this.title = Text.limited(details.title(), "title", MAX_TITLE);
        this.synopsis = Text.limited(details.synopsis(), "synopsis", MAX_SYNOPSIS);
        this.originalLanguage = LanguageTags.normalize(details.originalLanguage());
        describe(details.originalTitle(), details.runtimeMinutes(), details.productionYear(), details.supplier());
        if (details.alternateTitles().size() > MAX_ALTERNATE_TITLES || details.subjects().size() > MAX_SUBJECTS) {
            throw new IllegalArgumentException("at most " + MAX_ALTERNATE_TITLES + " alternate titles and "
                    + MAX_SUBJECTS + " subjects");
        }
        alternateTitles.clear();
        for (String alternate : details.alternateTitles()) {
            String a = Text.limited(alternate, "alternate title", MAX_TITLE);
            if (!alternateTitles.contains(a)) {
                alternateTitles.add(a);
            }
        }
        subjects.clear();
        details.subjects().forEach(this::classifyUnder);
        languageVersions.clear();
        languageVersions.addAll(details.languageVersions());
        awards.clear();
        awards.addAll(details.awards());
        pressQuotes.clear();
        pressQuotes.addAll(details.pressQuotes());
        refreshSearchText();
        return this;
    }

    /**
     * Moves the title to another publication state, as {@link TitlePublication#canMoveTo} allows.
     *
     * @throws IllegalStateException when the move is not allowed, such as back to a draft once published
     */
    public void changePublication(TitlePublication next) {
        Objects.requireNonNull(next, "publication");
        if (!publication.canMoveTo(next)) {
            throw new IllegalStateException(switch (next) {
                case DRAFT -> "a title that has been published cannot become a draft again: its address is public"
                        + " and may be in licenses, guides and bookmarks; withdraw it instead";
                case WITHDRAWN -> "a draft has never been published, so there is nothing to withdraw";
                case PUBLISHED -> "the title cannot be published from " + publication;
            });
        }
        this.publication = next;
    }

    /**
     * Adds a rights window unless the title already has one with the same right, territory and dates.
     *
     * @return the new window, or null when an identical one was already there
     */
    public RightsWindow grantRights(RightType type, Territory territory, LocalDate start, LocalDate end) {
        for (RightsWindow existing : rightsWindows) {
            if (existing.sameAs(type, territory, start, end)) {
                return null;
            }
        }
        RightsWindow window = new RightsWindow(this, type, territory, start, end);
        rightsWindows.add(window);
        return window;
    }

    /** This title's window with that id; another title's window is not found here. */
    public Optional<RightsWindow> rightsWindow(long windowId) {
        return rightsWindows.stream().filter(w -> w.id() != null && w.id() == windowId).findFirst();
    }

    /**
     * Changes a window's territory and end date (ending it early is an amendment of the end).
     *
     * @throws IllegalArgumentException when the title has no such window or the end is before the start
     */
    public RightsWindow amendRights(long windowId, Territory territory, LocalDate end) {
        RightsWindow window = existingWindow(windowId);
        window.amend(territory, end);
        return window;
    }

    /** Removes a window, as if it had never been granted; the history keeps what it said. */
    public RightsWindow withdrawRights(long windowId) {
        RightsWindow window = existingWindow(windowId);
        rightsWindows.remove(window);
        return window;
    }

    /** The windows as {@link #amendRights} would leave them, without changing anything. */
    public List<RightsWindow> rightsWindowsIfAmended(long windowId, Territory territory, LocalDate end) {
        RightsWindow target = existingWindow(windowId);
        RightsWindow amended = target.amendedCopy(territory, end);
        return rightsWindows.stream().map(w -> w == target ? amended : w).toList();
    }

    /** The windows as {@link #withdrawRights} would leave them, without changing anything. */
    public List<RightsWindow> rightsWindowsIfWithdrawn(long windowId) {
        RightsWindow target = existingWindow(windowId);
        return rightsWindows.stream().filter(w -> w != target).toList();
    }

    /** Whether the title's windows grant the right in the country on every day of the period (see {@link RightsWindow#anyCovers}). */
    public boolean rightsCover(RightType right, CountryCode country, LocalDate first, LocalDate last) {
        return RightsWindow.anyCovers(rightsWindows, right, country, first, last);
    }

    private RightsWindow existingWindow(long windowId) {
        return rightsWindow(windowId).orElseThrow(
                () -> new IllegalArgumentException("the title " + slug + " has no rights window " + windowId));
    }

    /** The rights windows that may be exercised in the country on that day. */
    public List<RightsWindow> rightsAvailableIn(CountryCode country, LocalDate date) {
        return rightsWindows.stream().filter(w -> w.isAvailableIn(country, date)).toList();
    }

    /** The right types available in the country on that day. */
    public Set<RightType> rightTypesAvailableIn(CountryCode country, LocalDate date) {
        Set<RightType> types = EnumSet.noneOf(RightType.class);
        rightsAvailableIn(country, date).forEach(w -> types.add(w.rightType()));
        return types;
    }

    /**
     * Whether institutions can license the title at all: only a released film that the distributor
     * has published. A film still in production cannot be, nor a draft, nor a withdrawn title (whose
     * existing licenses run on, but no new one is sold).
     */
    public boolean isLicensable() {
        return status == TitleStatus.AVAILABLE && publication.isOnSale();
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String originalTitle() {
        return originalTitle;
    }

    public String synopsis() {
        return synopsis;
    }

    public Integer runtimeMinutes() {
        return runtimeMinutes;
    }

    public Integer productionYear() {
        return productionYear;
    }

    public String supplier() {
        return supplier;
    }

    public String originalLanguage() {
        return originalLanguage;
    }

    public String posterPath() {
        return posterPath;
    }

    public TitleStatus status() {
        return status;
    }

    /** What the catalog's free-text search looks in; package-private for tests. */
    String searchText() {
        return searchText;
    }

    public TitlePublication publication() {
        return publication;
    }

    /** Other names of the film (working titles, titles in other languages and scripts), searchable like the title. */
    public List<String> alternateTitles() {
        return Collections.unmodifiableList(alternateTitles);
    }

    public Set<LanguageVersion> languageVersions() {
        return Collections.unmodifiableSet(languageVersions);
    }

    public List<String> subjects() {
        return Collections.unmodifiableList(subjects);
    }

    public List<Award> awards() {
        return Collections.unmodifiableList(awards);
    }

    public List<PressQuote> pressQuotes() {
        return Collections.unmodifiableList(pressQuotes);
    }

    public List<RightsWindow> rightsWindows() {
        return Collections.unmodifiableList(rightsWindows);
    }
}
