package org.docuportal.licensing.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a quote: what, how many, at what unit price (in the quote's currency). */
@Embeddable
public class QuoteLine {

    @Column(name = "description", nullable = false, length = 300)
    private String description;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "unit_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitAmount;

    protected QuoteLine() {
    }

    QuoteLine(String description, int quantity, BigDecimal unitAmount) {
        this.description = description;
        this.quantity = quantity;
        this.unitAmount = unitAmount;
    }

    public String description() {
        return description;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitAmount() {
        return unitAmount;
    }

    public BigDecimal amount() {
        return unitAmount.multiply(BigDecimal.valueOf(quantity));
    }
}
