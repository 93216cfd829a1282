package org.docuportal.payment.infrastructure;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Invoice;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceCreateParams;
import com.stripe.param.InvoiceFinalizeInvoiceParams;
import com.stripe.param.InvoiceItemCreateParams;
import com.stripe.param.InvoiceSendInvoiceParams;
import com.stripe.param.checkout.SessionCreateParams;

import org.docuportal.payment.domain.CheckoutRequest;
import org.docuportal.payment.domain.CheckoutStarted;
import org.docuportal.payment.domain.InvoiceRequest;
import org.docuportal.payment.domain.InvoiceSent;
import org.docuportal.payment.domain.PaymentProviderException;
import org.docuportal.shared.config.Setting;
import org.docuportal.shared.domain.Money;

/**
 * Starts card payments (Stripe Checkout) and sends invoices (Stripe Invoicing) for the portal's
 * orders.
 *
 * <p>Every request that creates or changes something at Stripe carries an idempotency key made of
 * the order reference and the step ({@code order-<ref>-checkout}, {@code order-<ref>-invoice},
 * ...). A request repeated within Stripe's 24 hours, by stripe-java's own retries or by the
 * caller after a timeout, therefore returns the session or invoice of the first one instead of
 * creating a second; repeating it with different parameters is refused. The key lives only as
 * long as Stripe keeps it: a new attempt for the same order after a day needs its own reference.
 *
 * <p>The order reference travels with every object, as {@code metadata[order_reference]} (and as
 * the Checkout Session's {@code client_reference_id}), so that {@link StripeWebhooks} can lead
 * each event back to its order. Card payments also put it on the PaymentIntent, whose charge
 * keeps it, so that a refund names its order too.
 *
 * <p>Without a secret key (the embedded default) {@link #isConfigured()} is false and the portal
 * offers only payment methods that need no provider.
 */
@ApplicationScoped
public class StripeGateway {

    /** The metadata key under which every Stripe object carries the portal's order reference. */
    public static final String ORDER_REFERENCE = "order_reference";
    /** The metadata key under which invoices carry the buyer's purchase-order number. */
    public static final String PURCHASE_ORDER_NUMBER = "purchase_order_number";
    /** The label of the invoice field that shows the purchase-order number to the buyer. */
    public static final String PURCHASE_ORDER_FIELD = "PO number";

    private final StripeClient client;

    /** For CDI's proxy only. */
    protected StripeGateway() {
        this.client = null;
    }

    @Inject
    public StripeGateway(StripeSettings settings) {
        this.client = settings.secretKey() == null ? null : client(settings);
    }

    private static StripeClient client(StripeSettings settings) {
        StripeClient.StripeClientBuilder builder = StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setMaxNetworkRetries(settings.maxNetworkRetries());
        if (settings.apiBase() != null) {
            builder.setApiBase(settings.apiBase());
        }
        return builder.build();
    }

    /** Whether a Stripe secret key is configured, so that card and invoice payment can be offered. */
    public boolean isConfigured() {
        return client != null;
    }

    /**
     * Creates a Checkout Session for one order: a single line at the order's price, paid by card
     * on Stripe's page.
     *
     * @throws PaymentProviderException when Stripe cannot be reached or refuses the session
     */
    public CheckoutStarted startCheckout(CheckoutRequest request) {
        String reference = request.orderReference();
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(currency(request.amount()))
                                .setUnitAmount(request.amount().minorUnits())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description())
                                        .build())
                                .build())
                        .build())
                .setCustomerEmail(request.customerEmail())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .setClientReferenceId(reference)
                .putMetadata(ORDER_REFERENCE, reference)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata(ORDER_REFERENCE, reference)
                        .build())
                .build();
        Session session = call("start checkout", reference,
                () -> client().v1().checkout().sessions().create(params, idempotent(reference, "checkout")));
        return new CheckoutStarted(session.getId(), session.getUrl());
    }

    /**
     * Sends an invoice for one order, payable within {@code daysUntilDue} days: creates the
     * customer, a draft invoice with the PO number printed on it, its one line, then finalises
     * the invoice and has Stripe mail it.
     *
     * <p>The draft is created before its line and the line names the invoice: since API version
     * 2022-08-01 a new invoice no longer collects a customer's pending items by itself. The draft
     * does not advance on its own, so that Stripe mails the invoice once, when asked to.
     *
     * <p>A failure part-way leaves the earlier objects at Stripe; calling again with the same
     * request replays the finished steps through their idempotency keys and resumes where it
     * stopped.
     *
     * @throws PaymentProviderException when Stripe cannot be reached or refuses a step
     */
    public InvoiceSent sendInvoice(InvoiceRequest request) {
        String reference = request.orderReference();
        String currency = currency(request.amount());

        CustomerCreateParams customerParams = CustomerCreateParams.builder()
                .setEmail(request.customerEmail())
                .setName(request.customerName())
                .putMetadata(ORDER_REFERENCE, reference)
                .build();
        Customer customer = call("create the invoice's customer", reference,
                () -> client().v1().customers().create(customerParams, idempotent(reference, "customer")));

        InvoiceCreateParams.Builder invoiceParams = InvoiceCreateParams.builder()
                .setCustomer(customer.getId())
                .setCurrency(currency)
                .setCollectionMethod(InvoiceCreateParams.CollectionMethod.SEND_INVOICE)
                .setDaysUntilDue((long) request.daysUntilDue())
                .setAutoAdvance(false)
                .putMetadata(ORDER_REFERENCE, reference);
        if (request.purchaseOrderNumber() != null) {
            invoiceParams.addCustomField(InvoiceCreateParams.CustomField.builder()
                            .setName(PURCHASE_ORDER_FIELD)
                            .setValue(request.purchaseOrderNumber())
                            .build())
                    .putMetadata(PURCHASE_ORDER_NUMBER, request.purchaseOrderNumber());
        }
        Invoice draft = call("create the invoice", reference,
                () -> client().v1().invoices().create(invoiceParams.build(), idempotent(reference, "invoice")));

        InvoiceItemCreateParams itemParams = InvoiceItemCreateParams.builder()
                .setCustomer(customer.getId())
                .setInvoice(draft.getId())
                .setAmount(request.amount().minorUnits())
                .setCurrency(currency)
                .setDescription(request.description())
                .putMetadata(ORDER_REFERENCE, reference)
                .build();
        call("add the invoice's line", reference,
                () -> client().v1().invoiceItems().create(itemParams, idempotent(reference, "invoice-item")));

        InvoiceFinalizeInvoiceParams finalizeParams = InvoiceFinalizeInvoiceParams.builder().setAutoAdvance(false).build();
        Invoice finalized = call("finalize the invoice", reference,
                () -> client().v1().invoices().finalizeInvoice(draft.getId(), finalizeParams,
                        idempotent(reference, "invoice-finalize")));

        Invoice sent = call("send the invoice", reference,
                () -> client().v1().invoices().sendInvoice(draft.getId(), InvoiceSendInvoiceParams.builder().build(),
                        idempotent(reference, "invoice-send")));
        String hostedUrl = sent.getHostedInvoiceUrl() != null ? sent.getHostedInvoiceUrl() : finalized.getHostedInvoiceUrl();
        return new InvoiceSent(sent.getId(), hostedUrl);
    }

    private StripeClient client() {
        if (client == null) {
            throw new IllegalStateException("Stripe is not configured: set " + Setting.STRIPE_SECRET_KEY.key());
        }
        return client;
    }

    /** Stripe wants ISO codes in lower case and amounts in the currency's smallest unit. */
    private static String currency(Money amount) {
        return amount.currency().toLowerCase(Locale.ROOT);
    }

    static RequestOptions idempotent(String orderReference, String step) {
        return RequestOptions.builder().setIdempotencyKey("order-" + orderReference + "-" + step).build();
    }

    private static <T> T call(String what, String orderReference, StripeCall<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw new PaymentProviderException("Stripe could not " + what + " for order " + orderReference + ": "
                    + e.getMessage(), isRetryable(e), e);
        }
    }

    /**
     * Network failures, rate limits and server errors may pass on a later try; anything else
     * Stripe refused (a declined card, a bad key, an invalid or conflicting request) will be
     * refused again. A retry with the same idempotency key can still return a saved 500 for up to
     * a day: Stripe replays whatever the first request produced once it had started executing.
     */
    static boolean isRetryable(StripeException e) {
        if (e instanceof ApiConnectionException || e instanceof RateLimitException) {
            return true;
        }
        Integer status = e.getStatusCode();
        return status == null || status >= 500;
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T run() throws StripeException;
    }
}
