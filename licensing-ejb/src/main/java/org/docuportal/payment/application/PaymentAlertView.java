package org.docuportal.payment.application;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.payment.domain.PaymentAlert;

/** A payment alert as platform administrators see it. */
public record PaymentAlertView(long id, String eventId, String eventType, String orderReference, String providerObject,
                               String detail, Instant raisedAt, Instant resolvedAt, String resolvedBy,
                               String resolutionNote) implements Serializable {

    static PaymentAlertView of(PaymentAlert a) {
        return new PaymentAlertView(a.id(), a.eventId(), a.eventType(), a.orderReference(), a.providerObject(), a.detail(),
                a.raisedAt(), a.resolvedAt(), a.resolvedBy(), a.resolutionNote());
    }
}
