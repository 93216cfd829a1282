package org.docuportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.docuportal.licensing.domain.PaymentRequestRetry;
import org.docuportal.licensing.domain.PaymentRequestStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The payment-provider outbox's promises, inside the server against the real database: of servers
 * racing for an order's request exactly one calls the provider; an attempt whose server died is
 * taken over once its lease has run out, and the dead server's late failure changes nothing; a
 * given-up request is tried again only when an administrator reopens it. The orders' requests fall
 * due only after the test (and are then settled), so the server's own payment round leaves them alone.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentRequestClaimIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(PaymentRequestClaimIT.class, PaymentRequestRows.class, InServerPurchases.class);
    }

    @Inject
    private PaymentRequestRows rows;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void ofEightServersRacingForAnOrdersRequestExactlyOneCallsTheProvider() throws Exception {
        Instant placed = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long order = rows.invoiceOrder(placed);
        try {
            race(order, placed);
        } finally {
            rows.settle(order);
        }
    }

    private void race(long order, Instant placed) throws Exception {
        // The request that placed the order, and seven retry rounds that think it died.
        Instant later = placed.plus(PaymentRequestRetry.LEASE).plusSeconds(1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            boolean first = i == 0;
            Callable<Boolean> claim = () -> {
                start.await();
                return rows.claim(order, first, later, later.plus(PaymentRequestRetry.LEASE));
            };
            claims.add(executor.submit(claim));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        assertEquals(1, won, "one server calls the provider");
        assertEquals(1, rows.find(order).paymentRequestAttempts());
    }

    @Test
    void aDeadServersAttemptIsTakenOverAndItsLateFailureChangesNothing() {
        Instant placed = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        long order = rows.invoiceOrder(placed);
        try {
            takeOver(order, placed);
        } finally {
            rows.settle(order);
        }
    }

    private void takeOver(long order, Instant placed) {
        assertTrue(rows.claim(order, true, placed, placed.plus(PaymentRequestRetry.LEASE)), "A places the order and calls");
        assertFalse(rows.claim(order, true, placed, placed.plus(PaymentRequestRetry.LEASE)), "the first attempt is made once");
        Instant during = placed.plus(Duration.ofMinutes(2));
        assertFalse(rows.claim(order, false, during, during.plus(PaymentRequestRetry.LEASE)), "A's attempt holds");
        Instant after = placed.plus(PaymentRequestRetry.LEASE).plusSeconds(1);
        assertTrue(rows.claim(order, false, after, after.plus(PaymentRequestRetry.LEASE)), "A died: B takes over");
        assertFalse(rows.failed(order, 1, "A's call timed out", after.plus(Duration.ofMinutes(1))),
                "A's late failure would free B's attempt for a third server");
        assertTrue(rows.failed(order, 2, "Stripe refused the customer", null), "B gives up");
        assertEquals(PaymentRequestStatus.FAILED, rows.find(order).paymentRequest());
        assertFalse(rows.claim(order, false, after.plus(Duration.ofHours(1)), after.plus(Duration.ofHours(2))),
                "a given-up request is not tried by itself");

        Instant reopened = after.plus(Duration.ofHours(1));
        assertTrue(rows.reopen(order, reopened), "an administrator tries it again");
        assertFalse(rows.reopen(order, reopened), "only a given-up request can be reopened");
        assertTrue(rows.claim(order, false, reopened.plusSeconds(1), reopened.plusSeconds(1).plus(PaymentRequestRetry.LEASE)));
        assertEquals(3, rows.find(order).paymentRequestAttempts());
    }
}
