package org.docuportal.licensing.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Retries, every minute, the payment-provider calls that failed or were never made (a server
 * stopped between committing an order and calling). The state lives in the orders, so a restart
 * loses nothing. {@link LicensingSchedule} runs it every minute on one server of the cluster; should
 * two servers ever run it at once, each order's attempt is still claimed by one of them in the
 * database ({@link PaymentRequestLedger#claim}), so the provider is called once per attempt.
 */
@Stateless
public class PaymentRequestRound {

    private static final int BATCH = 50;

    @Inject
    private PaymentRequestLedger ledger;

    @Inject
    private PaymentRequestSender sender;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void retryDue() {
        ledger.due(BATCH).forEach(sender::retry);
    }
}
