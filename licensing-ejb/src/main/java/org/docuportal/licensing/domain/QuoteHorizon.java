package org.docuportal.licensing.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How far ahead a license term may be quoted: it starts today at the earliest and at most
 * {@code months} months from today (a public screening's event day is its term's start). Prices,
 * rights and the institution's standing all change; a quote for a term years away would promise
 * what nobody can know yet.
 *
 * @param months the horizon in months, at least 1
 */
public record QuoteHorizon(int months) {

    public QuoteHorizon {
        if (months < 1) {
            throw new IllegalArgumentException("the quote horizon is at least one month, not " + months);
        }
    }

    /** The last day a term may start on, seen from {@code today}. */
    public LocalDate latestStart(LocalDate today) {
        return today.plusMonths(months);
    }

    /**
     * Why a term starting on that day cannot be quoted, naming the field and the limit; empty when it can.
     *
     * @param field the name under which the caller gave the start ({@code start})
     */
    public Optional<String> refusal(String field, LocalDate start, LocalDate today) {
        if (start.isBefore(today)) {
            return Optional.of(field + " must be today (" + today + ") or later, not " + start + ".");
        }
        LocalDate latest = latestStart(today);
        if (start.isAfter(latest)) {
            return Optional.of(field + " must be no later than " + latest + " (" + months
                    + (months == 1 ? " month" : " months") + " ahead), not " + start + ".");
        }
        return Optional.empty();
    }
}
