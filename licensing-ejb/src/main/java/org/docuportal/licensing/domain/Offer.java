package org.docuportal.licensing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Title;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.SizeBand;
import org.docuportal.shared.domain.Money;

/**
 * Something institutions can buy for a title: classroom streaming for 1 or 3 years, a public
 * screening, or a study-guide pack; the right it needs; and its prices by institution type
 * and size band, in one currency (an offer in another currency is another offer).
 *
 * <p>An offer is never deleted: quotes, orders and licenses refer to it. Withdrawing it stops
 * its sale; what was quoted, ordered or licensed under it keeps showing it.
 */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    @SequenceGenerator(name = "offer_seq", sequenceName = "offer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private OfferKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "right_type", nullable = false, length = 30)
    private RightType rightType;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Column(name = "stream_cap")
    private Integer streamCap;

    @Column(name = "audience_cap")
    private Integer audienceCap;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "offer_price", joinColumns = @JoinColumn(name = "offer_id"))
    private List<OfferPrice> prices = new ArrayList<>();

    @Version
    private long version;

    protected Offer() {
    }

    /** The terms classroom streaming is sold for, in months. */
    public static final List<Integer> CLASSROOM_TERMS = List.of(12, 36);
    /** Most concurrent streams or audience an offer may name; beyond it, a distributor's own contract. */
    public static final int MAX_CAP = 100_000;
    /** Prices stay below this (the column holds 10 digits before the point). */
    private static final BigDecimal PRICE_LIMIT = new BigDecimal("10000000000");

    private Offer(Title title, OfferKind kind, RightType right, int termMonths, Integer streamCap, Integer audienceCap,
                  String currency) {
        this.title = Objects.requireNonNull(title);
        this.kind = Objects.requireNonNull(kind);
        if (!right.isLicensableThroughPortal()) {
            throw new IllegalArgumentException("the portal sells only educational and non-theatrical rights");
        }
        this.rightType = right;
        this.termMonths = termMonths;
        this.streamCap = streamCap;
        this.audienceCap = audienceCap;
        this.currency = currency;
    }

    /**
     * A site license to stream the film for 12 or 36 months to at most {@code streamCap} viewers at once.
     *
     * @throws OfferInputException naming {@code termMonths}, {@code streamCap} and {@code currency}, as many as are wrong
     */
    public static Offer classroomStreaming(Title title, Integer termMonths, Integer streamCap, String currency) {
        List<OfferInputException.Problem> problems = new ArrayList<>();
        if (termMonths == null || !CLASSROOM_TERMS.contains(termMonths)) {
            problems.add(new OfferInputException.Problem("termMonths", "Term: classroom streaming runs for 12 or 36 months."));
        }
        checkCap(problems, "streamCap", "Concurrent streams", streamCap);
        String code = checkCurrency(problems, currency);
        failOn(problems);
        return new Offer(title, OfferKind.CLASSROOM_STREAMING, RightType.EDUCATIONAL, termMonths, streamCap, null, code);
    }

    /**
     * One screening on the licensed day, for an audience of at most {@code audienceCap}.
     *
     * @throws OfferInputException naming {@code audienceCap} and {@code currency}, as many as are wrong
     */
    public static Offer publicScreening(Title title, Integer audienceCap, String currency) {
        List<OfferInputException.Problem> problems = new ArrayList<>();
        checkCap(problems, "audienceCap", "Audience", audienceCap);
        String code = checkCurrency(problems, currency);
        failOn(problems);
        return new Offer(title, OfferKind.PUBLIC_SCREENING, RightType.NON_THEATRICAL, 0, null, audienceCap, code);
    }

    /**
     * The study guides for a year.
     *
     * @throws OfferInputException naming {@code currency} when it is not an ISO 4217 code
     */
    public static Offer studyGuidePack(Title title, String currency) {
        List<OfferInputException.Problem> problems = new ArrayList<>();
        String code = checkCurrency(problems, currency);
        failOn(problems);
        return new Offer(title, OfferKind.STUDY_GUIDE_PACK, RightType.EDUCATIONAL, 12, null, null, code);
    }

    private static void checkCap(List<OfferInputException.Problem> problems, String field, String name, Integer cap) {
        if (cap == null || cap < 1 || cap > MAX_CAP) {
            problems.add(new OfferInputException.Problem(field, name + ": give a whole number from 1 to "
                    + String.format(java.util.Locale.ENGLISH, "%,d", MAX_CAP) + "."));
        }
    }

    private static String checkCurrency(List<OfferInputException.Problem> problems, String currency) {
        try {
            return Currency.getInstance(currency == null ? "" : currency).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            problems.add(new OfferInputException.Problem("currency",
                    "Currency: give a three-letter ISO 4217 code such as USD, EUR or KRW."));
            return null;
        }
    }

    private static void failOn(List<OfferInputException.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new OfferInputException(problems);
        }
    }

    /**
     * Sets (or replaces) the price for one institution type and size band: a positive amount at
     * the currency's precision, such as "249.00".
     *
     * @throws OfferInputException naming {@code price}, with a message that names the cell
     */
    public Offer price(InstitutionType type, SizeBand band, String amount) {
        Objects.requireNonNull(type);
        Objects.requireNonNull(band);
        int decimals = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        String rule = decimals == 0 ? "must be a positive whole amount, such as 250"
                : "must be a positive amount with at most " + decimals + " decimals, such as 249." + "0".repeat(decimals);
        BigDecimal value;
        try {
            value = new BigDecimal(amount == null ? "" : amount.strip());
        } catch (NumberFormatException e) {
            throw OfferInputException.of("price", cell(type, band) + ": " + rule + ".");
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > decimals) {
            throw OfferInputException.of("price", cell(type, band) + ": " + rule + ".");
        }
        if (value.compareTo(PRICE_LIMIT) >= 0) {
            throw OfferInputException.of("price", cell(type, band) + ": must be less than 10,000,000,000.");
        }
        Money money = Money.of(value, currency);
        prices.removeIf(p -> p.isFor(type, band));
        prices.add(new OfferPrice(type, band, money.amount()));
        return this;
    }

    /** "Price for University or college, 501 to 2,000 (USD)": how messages name one cell of the price table. */
    public String cell(InstitutionType type, SizeBand band) {
        return "Price for " + type.label() + ", " + band.label() + " (" + currency + ")";
    }

    public Optional<Money> priceFor(InstitutionType type, SizeBand band) {
        return prices.stream().filter(p -> p.isFor(type, band)).findFirst().map(p -> Money.of(p.amount(), currency));
    }

    /** The licensed period that starts on the day given: the term for streaming and guides, the event day for a screening. */
    public LicenseTerm termStarting(LocalDate start) {
        return kind == OfferKind.PUBLIC_SCREENING ? new LicenseTerm(start, start)
                : new LicenseTerm(start, start.plusMonths(termMonths).minusDays(1));
    }

    /** The term in whole months, as eligibility asks about it; a screening day counts as one month's question. */
    public int eligibilityMonths() {
        return Math.max(termMonths, 1);
    }

    /** Stops the offer's sale from now on; quotes, orders and licenses made under it stay as they are. Idempotent. */
    public void withdraw(Instant now) {
        if (active) {
            active = false;
            withdrawnAt = Objects.requireNonNull(now);
        }
    }

    /** Whether this offer is one of the title with this address. */
    public boolean isOf(String titleSlug) {
        return title.slug().equals(titleSlug);
    }

    /** When it was withdrawn; empty while it is sold (and for offers withdrawn before this was recorded). */
    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public Long id() {
        return id;
    }

    public Title title() {
        return title;
    }

    public OfferKind kind() {
        return kind;
    }

    public RightType rightType() {
        return rightType;
    }

    public int termMonths() {
        return termMonths;
    }

    public Integer streamCap() {
        return streamCap;
    }

    public Integer audienceCap() {
        return audienceCap;
    }

    public String currency() {
        return currency;
    }

    public boolean isActive() {
        return active;
    }

    public List<OfferPrice> prices() {
        return Collections.unmodifiableList(prices);
    }

    /** "Classroom streaming, 3 years, up to 5 concurrent streams". */
    public String describe() {
        return switch (kind) {
            case CLASSROOM_STREAMING -> "Classroom streaming, " + (termMonths / 12) + (termMonths == 12 ? " year" : " years")
                    + ", up to " + streamCap + " concurrent streams";
            case PUBLIC_SCREENING -> "Public screening, one event, audience up to " + audienceCap;
            case STUDY_GUIDE_PACK -> "Study-guide pack, 1 year";
        };
    }
}
