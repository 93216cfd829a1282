package org.docuportal.licensing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
 * and size band, in one currency.
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "offer_price", joinColumns = @JoinColumn(name = "offer_id"))
    private List<OfferPrice> prices = new ArrayList<>();

    @Version
    private long version;

    protected Offer() {
    }

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
        this.currency = Money.of(BigDecimal.ZERO, currency).currency();
    }

    /** A site license to stream the film for 12 or 36 months to at most {@code streamCap} viewers at once. */
    public static Offer classroomStreaming(Title title, int termMonths, int streamCap, String currency) {
        if (termMonths != 12 && termMonths != 36) {
            throw new IllegalArgumentException("classroom streaming runs for 1 or 3 years");
        }
        if (streamCap < 1) {
            throw new IllegalArgumentException("the stream cap is at least 1");
        }
        return new Offer(title, OfferKind.CLASSROOM_STREAMING, RightType.EDUCATIONAL, termMonths, streamCap, null, currency);
    }

    /** One screening on the licensed day, for an audience of at most {@code audienceCap}. */
    public static Offer publicScreening(Title title, int audienceCap, String currency) {
        if (audienceCap < 1) {
            throw new IllegalArgumentException("the audience cap is at least 1");
        }
        return new Offer(title, OfferKind.PUBLIC_SCREENING, RightType.NON_THEATRICAL, 0, null, audienceCap, currency);
    }

    /** The study guides for a year. */
    public static Offer studyGuidePack(Title title, String currency) {
        return new Offer(title, OfferKind.STUDY_GUIDE_PACK, RightType.EDUCATIONAL, 12, null, null, currency);
    }

    /** Sets (or replaces) the price for one institution type and size band. */
    public Offer price(InstitutionType type, SizeBand band, String amount) {
        Money money = Money.of(amount, currency);
        prices.removeIf(p -> p.isFor(type, band));
        prices.add(new OfferPrice(type, band, money.amount()));
        return this;
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

    public void withdraw() {
        active = false;
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
