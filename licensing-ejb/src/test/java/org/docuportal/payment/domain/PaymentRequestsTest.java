package org.docuportal.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.docuportal.shared.domain.Money;
import org.junit.jupiter.api.Test;

class PaymentRequestsTest {

    private static final Money PRICE = Money.of("199.00", "USD");

    @Test
    void aCheckoutNeedsAnOrderSomethingToPayAndWhereToReturn() {
        assertThat(checkout("ORD-1", PRICE, " ").customerEmail()).as("the buyer types it on Stripe's page").isNull();

        assertThatThrownBy(() -> checkout(" ", PRICE, null)).hasMessageContaining("orderReference");
        assertThatThrownBy(() -> checkout("ORD-1", Money.of("0", "USD"), null)).hasMessageContaining("nothing to pay");
        assertThatThrownBy(() -> new CheckoutRequest("ORD-1", "Film", PRICE, null, "https://portal.example/paid", null))
                .hasMessageContaining("cancelUrl");
    }

    @Test
    void anOrderReferenceFitsIntoStripesIdempotencyKeysAndMetadata() {
        assertThat(checkout("x".repeat(200), PRICE, null).orderReference()).hasSize(200);

        assertThatThrownBy(() -> checkout("x".repeat(201), PRICE, null)).hasMessageContaining("at most 200");
        assertThatThrownBy(() -> checkout(" ORD-1", PRICE, null)).hasMessageContaining("surrounding spaces");
    }

    @Test
    void anInvoiceNeedsSomewhereToSendItAndTermsThatMakeSense() {
        InvoiceRequest withoutPo = invoice("accounts@school.example", "  ", 30);
        assertThat(withoutPo.purchaseOrderNumber()).isNull();

        assertThatThrownBy(() -> invoice(null, "PO-1", 30)).hasMessageContaining("customerEmail");
        assertThatThrownBy(() -> invoice("accounts@school.example", "PO-1", -1)).hasMessageContaining("days until due");
        assertThatThrownBy(() -> invoice("accounts@school.example", "P".repeat(141), 30)).hasMessageContaining("PO number");
    }

    private static CheckoutRequest checkout(String reference, Money amount, String email) {
        return new CheckoutRequest(reference, "Rivers of Memory", amount, email, "https://portal.example/paid",
                "https://portal.example/cancelled");
    }

    private static InvoiceRequest invoice(String email, String purchaseOrder, int daysUntilDue) {
        return new InvoiceRequest("ORD-1", "Rivers of Memory", PRICE, email, "Lakeside High School", purchaseOrder,
                daysUntilDue);
    }
}
