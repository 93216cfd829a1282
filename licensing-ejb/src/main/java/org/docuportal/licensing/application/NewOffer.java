package org.docuportal.licensing.application;

import java.util.List;

/**
 * An offer as a platform administrator describes it: {@code kind} CLASSROOM_STREAMING (with
 * {@code termMonths} 12 or 36 and {@code streamCap}), PUBLIC_SCREENING (with {@code audienceCap})
 * or STUDY_GUIDE_PACK; a currency (ISO 4217) and its prices.
 */
public record NewOffer(String kind, Integer termMonths, Integer streamCap, Integer audienceCap, String currency,
                       List<Price> prices) {

    /** A price for one institution type and size band, as an exact decimal string such as "249.00". */
    public record Price(String institutionType, String sizeBand, String amount) {
    }
}
