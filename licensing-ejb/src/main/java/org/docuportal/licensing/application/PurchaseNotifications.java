package org.docuportal.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.Role;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.licensing.domain.QuoteStatus;
import org.docuportal.licensing.infrastructure.QuoteDocument;
import org.docuportal.shared.mail.Letter;
import org.docuportal.shared.mail.MailAttachment;
import org.docuportal.shared.mail.MailCategory;
import org.docuportal.shared.mail.MailComposer;

/**
 * The mail of a purchase, to whoever acts next: the quote (with its PDF) to the member, the
 * approval request to the institution's administrators, their decision back to the member, and for
 * a purchase order the instructions to the buyer and the news to the distributor's administrators
 * that an order awaits a payment they record. Called in the business transaction; the mail leaves
 * after commit. What the mails say is in {@code MailMessages}.
 */
@ApplicationScoped
public class PurchaseNotifications {

    private static final String QUOTE_PAGE = "purchase/quote.xhtml?id=";

    @Inject
    private MailComposer mail;

    @Inject
    private InstitutionRecipients recipients;

    @Inject
    private AccountRepository accounts;

    @Inject
    private QuoteDocument documents;

    /** A quote was made: the member gets it (a copy she may turn off); an approval request goes to the administrators. */
    public void quoteCreated(Quote quote, QuoteView view) {
        boolean awaiting = quote.status() == QuoteStatus.AWAITING_APPROVAL;
        MailAttachment pdf = MailAttachment.pdf(quote.reference() + ".pdf", documents.render(view));
        recipients.member(quote.institution(), quote.requestedBy()).ifPresent(member ->
                mail.send(quoteLetter(awaiting ? "quote-created-awaiting-approval" : "quote-created", MailCategory.NEWS,
                        member.email(), member.name(), quote).attach(pdf)));
        if (awaiting) {
            String asker = recipients.member(quote.institution(), quote.requestedBy())
                    .map(InstitutionRecipients.Recipient::name).orElse(quote.requestedBy());
            for (var admin : recipients.administrators(quote.institution())) {
                mail.send(quoteLetter("approval-requested", MailCategory.ESSENTIAL, admin.email(), admin.name(), quote)
                        .with("member", asker).with("memberEmail", quote.requestedBy()).attach(pdf));
            }
        }
    }

    /** An administrator approved or declined a member's quote: the member hears it, with the reason. */
    public void quoteDecided(Quote quote, String administratorName) {
        boolean approved = quote.status() == QuoteStatus.OPEN;
        recipients.member(quote.institution(), quote.requestedBy()).ifPresent(member ->
                mail.send(quoteLetter(approved ? "quote-approved" : "quote-declined", MailCategory.ESSENTIAL,
                        member.email(), member.name(), quote)
                        .with("administrator", administratorName).with("reason", quote.decisionReason())));
    }

    /**
     * An order was placed. Only a purchase order waits for people: the buyer learns how to pay, and
     * the distributor's administrators that a payment is to be recorded. Card and invoice orders
     * are paid at the provider, which confirms them itself.
     */
    public void orderPlaced(LicenseOrder order) {
        if (!ManualPurchaseOrderPayment.ID.equals(order.paymentMethod())) {
            return;
        }
        Quote quote = order.quote();
        String po = order.purchaseOrderNumber() == null || order.purchaseOrderNumber().isBlank() ? ""
                : " (your PO " + order.purchaseOrderNumber() + ")";
        var buyer = recipients.member(quote.institution(), order.orderedBy());
        buyer.ifPresent(member -> mail.send(quoteLetter("order-placed-po", MailCategory.ESSENTIAL, member.email(),
                member.name(), quote).with("order", order.reference()).with("poNote", po)));
        String buyerName = buyer.map(InstitutionRecipients.Recipient::name).orElse(order.orderedBy());
        String poForDistributor = po.isEmpty() ? "" : " (PO " + order.purchaseOrderNumber() + ")";
        for (var admin : accounts.withRole(Role.PLATFORM_ADMIN)) {
            if (admin.isEnabled()) {
                mail.send(quoteLetter("order-awaiting-payment", MailCategory.ESSENTIAL, admin.email(), admin.displayName(), quote)
                        .with("order", order.reference()).with("buyer", buyerName).with("poNote", poForDistributor)
                        .linkTo("admin/orders.xhtml"));
            }
        }
    }

    private static Letter quoteLetter(String template, MailCategory category, String to, String name, Quote quote) {
        return Letter.of(template, category, to).with("name", name)
                .with("reference", quote.reference()).with("title", quote.offer().title().title())
                .with("offer", quote.offer().describe()).with("institution", quote.institution().name())
                .with("start", quote.term().start()).with("end", quote.term().end())
                .with("total", quote.total()).with("validUntil", quote.validUntil())
                .linkTo(QUOTE_PAGE + quote.id());
    }
}
