package org.docuportal.payment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A provider's event that was handled. Its id is the primary key, so of two deliveries of one
 * event handled at the same moment, only one transaction can commit.
 */
@Entity
@Table(name = "processed_payment_event")
public class ProcessedPaymentEvent {

    @Id
    @Column(name = "event_id", length = 255)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String type;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ProcessedPaymentEvent() {
    }

    public ProcessedPaymentEvent(String eventId, String type, Instant receivedAt) {
        this.eventId = eventId;
        this.type = type;
        this.receivedAt = receivedAt;
    }
}
