package org.docuportal.licensing.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Retries, every minute, the payment-provider calls that failed or were never made (a server
 * stopped between committing an order and calling). The state lives in the orders, so a restart
 * loses nothing; every server may run this round, since each attempt is claimed by one of them
 * in the database ({@link PaymentRequestLedger#claim}).
 */
@Singleton
public class PaymentRequestRound {

    private static final int BATCH = 50;

    @Inject
    private PaymentRequestLedger ledger;

    @Inject
    private PaymentRequestSender sender;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void retryDue() {
        ledger.due(BATCH).forEach(sender::retry);
    }
}
