package org.docuportal.payment.domain;

import java.util.List;
import java.util.Optional;

/** Where payment alerts are kept. Implementations join the caller's transaction. */
public interface PaymentAlerts {

    void add(PaymentAlert alert);

    Optional<PaymentAlert> alert(long id);

    /** Alerts nobody resolved yet, oldest first. */
    List<PaymentAlert> open();
}
