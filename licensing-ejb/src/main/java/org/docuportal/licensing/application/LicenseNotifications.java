package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.infrastructure.LicenseCertificate;
import org.docuportal.shared.mail.Letter;
import org.docuportal.shared.mail.MailAttachment;
import org.docuportal.shared.mail.MailCategory;
import org.docuportal.shared.mail.MailComposer;

/**
 * The mail of a license's life, to the member who bought it and the institution's administrators:
 * issued (with its certificate), starting (when bought ahead), ending soon, ended, revoked. The
 * buyer's receipt and a revocation are essential; the rest is news or a reminder, which a member
 * may turn off. Date-driven ones come from {@link LicenseCalendar}, which makes sure each goes out once.
 */
@ApplicationScoped
public class LicenseNotifications {

    private static final String LICENSES_PAGE = "purchase/licenses.xhtml";

    @Inject
    private MailComposer mail;

    @Inject
    private InstitutionRecipients recipients;

    @Inject
    private LicenseCertificate certificates;

    @Inject
    private Clock clock;

    /** The payment is recorded and the license issued: the buyer's receipt, and a copy to each administrator. */
    public void issued(License license) {
        LocalDate today = LocalDate.now(clock);
        MailAttachment certificate = MailAttachment.pdf(license.reference() + ".pdf",
                certificates.render(LicenseView.of(license, today)));
        String template = license.term().start().isAfter(today) ? "license-issued-scheduled" : "license-issued";
        String buyer = license.order().orderedBy();
        for (var to : recipients.memberAndAdministrators(license.institution(), buyer)) {
            MailCategory category = to.email().equals(buyer) ? MailCategory.ESSENTIAL : MailCategory.NEWS;
            mail.send(letter(template, category, to, license).attach(certificate));
        }
    }

    /** The first day of a license bought ahead. */
    public void starting(License license) {
        tellAll("license-starting", MailCategory.NEWS, license);
    }

    /** {@value License#RENEWAL_NOTICE_DAYS} days before the end. */
    public void ending(License license) {
        tellAll("license-ending", MailCategory.REMINDER, license);
    }

    public void expired(License license) {
        tellAll("license-expired", MailCategory.NEWS, license);
    }

    /** Revoked (a refund, for instance): the license stops working, so nobody may miss it. */
    public void revoked(License license) {
        tellAll("license-revoked", MailCategory.ESSENTIAL, license);
    }

    private void tellAll(String template, MailCategory category, License license) {
        for (var to : recipients.memberAndAdministrators(license.institution(), license.order().orderedBy())) {
            mail.send(letter(template, category, to, license));
        }
    }

    private static Letter letter(String template, MailCategory category, InstitutionRecipients.Recipient to, License license) {
        return Letter.of(template, category, to.email()).with("name", to.name())
                .with("license", license.reference()).with("order", license.order().reference())
                .with("title", license.title().title()).with("kind", license.order().quote().offer().describe())
                .with("institution", license.institution().name())
                .with("start", license.term().start()).with("end", license.term().end())
                .with("reason", license.revocationReason())
                .linkTo(LICENSES_PAGE);
    }
}
