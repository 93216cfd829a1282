package org.docuportal.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PurchaseStepTest {

    private static final LocalDate VALID_UNTIL = LocalDate.of(2026, 12, 31);
    private static final LocalDate WITHIN = VALID_UNTIL;
    private static final LocalDate AFTER = VALID_UNTIL.plusDays(1);

    @Test
    void aQuoteWithoutAnOrderWaitsForApprovalOrAnOrderUntilItsLastValidDay() {
        assertThat(PurchaseStep.of(QuoteStatus.AWAITING_APPROVAL, VALID_UNTIL, null, WITHIN)).isEqualTo(PurchaseStep.AWAITING_APPROVAL);
        assertThat(PurchaseStep.of(QuoteStatus.OPEN, VALID_UNTIL, null, WITHIN)).isEqualTo(PurchaseStep.READY_TO_ORDER);
        assertThat(PurchaseStep.of(QuoteStatus.OPEN, VALID_UNTIL, null, AFTER)).isEqualTo(PurchaseStep.EXPIRED);
        assertThat(PurchaseStep.of(QuoteStatus.AWAITING_APPROVAL, VALID_UNTIL, null, AFTER)).isEqualTo(PurchaseStep.EXPIRED);
    }

    @Test
    void aDeclinedQuoteStaysDeclinedAfterItsValidity() {
        assertThat(PurchaseStep.of(QuoteStatus.DECLINED, VALID_UNTIL, null, WITHIN)).isEqualTo(PurchaseStep.DECLINED);
        assertThat(PurchaseStep.of(QuoteStatus.DECLINED, VALID_UNTIL, null, AFTER)).isEqualTo(PurchaseStep.DECLINED);
    }

    @Test
    void theOrderDecidesOnceThereIsOneWhateverTheQuotesValidity() {
        assertThat(PurchaseStep.of(QuoteStatus.ORDERED, VALID_UNTIL, OrderStatus.AWAITING_PAYMENT, AFTER))
                .isEqualTo(PurchaseStep.AWAITING_PAYMENT);
        assertThat(PurchaseStep.of(QuoteStatus.ORDERED, VALID_UNTIL, OrderStatus.PAID, AFTER)).isEqualTo(PurchaseStep.LICENSED);
        assertThat(PurchaseStep.of(QuoteStatus.ORDERED, VALID_UNTIL, OrderStatus.REFUNDED, WITHIN)).isEqualTo(PurchaseStep.CLOSED);
        assertThat(PurchaseStep.of(QuoteStatus.ORDERED, VALID_UNTIL, OrderStatus.CANCELLED, WITHIN)).isEqualTo(PurchaseStep.CLOSED);
    }
}
