package org.docuportal.licensing.application;

import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.catalog.domain.WindowTerms;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.Quote;

/**
 * What the audit log keeps of licensing's subjects: the fields an auditor asks about ("what did it
 * cost, for whom, in which state?"), written once here for every service that changes them.
 */
public final class LicensingSnapshots {

    private LicensingSnapshots() {
    }

    public static AuditSubject subject(License license) {
        return AuditSubject.of(license.id(), license.reference() + " · " + license.title().title() + " · "
                + license.institution().name()).within(license.institution().id());
    }

    public static Snapshot of(License license) {
        return Snapshot.of().with("status", license.status()).with("title", license.title().slug())
                .with("kind", license.kind()).with("rightType", license.rightType())
                .with("start", license.term().start()).with("end", license.term().end())
                .with("streamCap", license.streamCap()).with("audienceCap", license.audienceCap())
                .with("order", license.order().reference()).with("revocationReason", license.revocationReason());
    }

    public static AuditSubject subject(LicenseOrder order) {
        Quote quote = order.quote();
        return AuditSubject.of(order.id(), order.reference() + " · " + quote.offer().title().title() + " · "
                + quote.institution().name()).within(quote.institution().id());
    }

    public static Snapshot of(LicenseOrder order) {
        return Snapshot.of().with("status", order.status()).with("paymentMethod", order.paymentMethod())
                .with("purchaseOrderNumber", order.purchaseOrderNumber()).with("total", order.quote().total())
                .with("paidAt", order.paidAt());
    }

    public static AuditSubject subject(Quote quote) {
        return AuditSubject.of(quote.id(), quote.reference() + " · " + quote.offer().title().title() + " · "
                + quote.institution().name()).within(quote.institution().id());
    }

    public static Snapshot of(Quote quote) {
        return Snapshot.of().with("status", quote.status()).with("requestedBy", quote.requestedBy())
                .with("offer", quote.offer().describe()).with("total", quote.total())
                .with("start", quote.term().start()).with("end", quote.term().end())
                .with("decidedBy", quote.decidedBy()).with("decisionReason", quote.decisionReason());
    }

    public static AuditSubject subject(Offer offer) {
        return AuditSubject.of(offer.id(), offer.title().title() + " · " + offer.describe());
    }

    public static Snapshot of(Offer offer) {
        return Snapshot.of().with("title", offer.title().slug()).with("kind", offer.kind()).with("rightType", offer.rightType())
                .with("termMonths", offer.termMonths()).with("streamCap", offer.streamCap())
                .with("audienceCap", offer.audienceCap()).with("currency", offer.currency())
                .with("prices", offer.prices().stream()
                        .map(p -> p.institutionType() + " " + p.sizeBand() + ": " + p.amount().toPlainString()).toList())
                .with("active", offer.isActive());
    }

    public static Snapshot of(WindowTerms terms) {
        return terms == null ? null : Snapshot.of().with("rightType", terms.rightType())
                .with("territory", terms.territory().describe()).with("start", terms.start()).with("end", terms.end());
    }
}
