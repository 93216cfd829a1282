package org.docuportal.payment.domain;

/**
 * An invoice the provider has finalised and sent to the buyer.
 *
 * @param invoiceId the provider's id of the invoice
 * @param hostedInvoiceUrl the invoice's page, where the buyer can read, download and pay it
 */
public record InvoiceSent(String invoiceId, String hostedInvoiceUrl) {

    public InvoiceSent {
        PaymentRequests.required(invoiceId, "invoiceId");
    }
}
