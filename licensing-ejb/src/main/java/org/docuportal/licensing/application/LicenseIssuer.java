package org.docuportal.licensing.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.shared.application.ConflictException;

/**
 * Turns a paid order into its one license, in the caller's transaction. Used by every way a
 * payment becomes known (an administrator's record, a provider's verified notice); asking
 * twice returns the license already issued.
 */
@ApplicationScoped
public class LicenseIssuer {

    @Inject
    private LicensingRepository licensing;

    @Inject
    private LicenseNotifications notifications;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    public License issueFor(LicenseOrder order) {
        return licensing.licenseForOrder(order).orElseGet(() -> {
            License license;
            try {
                license = License.issue(order, clock.instant());
            } catch (IllegalStateException e) {
                throw new ConflictException("No license can be issued: " + e.getMessage() + ".");
            }
            licensing.add(license);
            audit.record(AuditAction.LICENSE_ISSUED, LicensingSnapshots.subject(license), null, LicensingSnapshots.of(license));
            notifications.issued(license);
            return license;
        });
    }
}
