package org.docuportal.shared.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An exact amount in a currency (ISO 4217), at the currency's own precision: never a
 * floating-point number. Compared by value.
 */
@Embeddable
public class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    protected Money() {
    }

    private Money(BigDecimal amount, Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " amounts have at most " + digits + " decimals: " + amount);
        }
        this.amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
        this.currency = currency.getCurrencyCode();
    }

    public static Money of(String amount, String currency) {
        return of(new BigDecimal(amount), currency);
    }

    public static Money of(BigDecimal amount, String currency) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount cannot be negative: " + amount);
        }
        Currency code;
        try {
            code = Currency.getInstance(currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not an ISO 4217 currency: " + currency);
        }
        return new Money(amount, code);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    /** The amount in the currency's smallest unit (cents), as payment providers want it. */
    public long minorUnits() {
        return amount.movePointRight(Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0))
                .longValueExact();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), Currency.getInstance(currency));
    }

    public Money times(int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity cannot be negative");
        }
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), Currency.getInstance(currency));
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.compareTo(other.amount) == 0 && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    /** "USD 1,250.00". */
    @Override
    public String toString() {
        return currency + " " + String.format(java.util.Locale.ENGLISH, "%,." + amount.scale() + "f", amount);
    }
}
