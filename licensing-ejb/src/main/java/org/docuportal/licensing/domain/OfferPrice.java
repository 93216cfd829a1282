package org.docuportal.licensing.domain;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.SizeBand;

/** The price of an offer for institutions of one type and size band, in the offer's currency. */
@Embeddable
public class OfferPrice {

    @Enumerated(EnumType.STRING)
    @Column(name = "institution_type", nullable = false, length = 30)
    private InstitutionType institutionType;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", nullable = false, length = 30)
    private SizeBand sizeBand;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    protected OfferPrice() {
    }

    OfferPrice(InstitutionType institutionType, SizeBand sizeBand, BigDecimal amount) {
        this.institutionType = Objects.requireNonNull(institutionType);
        this.sizeBand = Objects.requireNonNull(sizeBand);
        this.amount = Objects.requireNonNull(amount);
    }

    public InstitutionType institutionType() {
        return institutionType;
    }

    public SizeBand sizeBand() {
        return sizeBand;
    }

    public BigDecimal amount() {
        return amount;
    }

    boolean isFor(InstitutionType type, SizeBand band) {
        return institutionType == type && sizeBand == band;
    }
}
