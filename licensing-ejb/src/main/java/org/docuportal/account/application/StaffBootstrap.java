package org.docuportal.account.application;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.shared.config.Setting;

/**
 * The production bootstrap of the first platform administrator: where
 * {@code PORTAL_BOOTSTRAP_ADMIN_EMAIL} is set, each start asks {@link StaffService#bootstrap} to
 * create that administrator and prints the one-time set-password link in the log (it is mailed
 * too). Once an administrator exists, it logs a warning and changes nothing.
 *
 * <p>It runs after the migrations and the demo data, so that with demo data on the demo
 * administrator counts as existing.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DemoDataLoader"})
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());

    @Inject
    private StaffService staff;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void bootstrap() {
        var email = Setting.BOOTSTRAP_ADMIN_EMAIL.value();
        if (email.isEmpty()) {
            return;
        }
        try {
            BootstrapOutcome outcome = staff.bootstrap(email.get());
            if (outcome.isIssued()) {
                LOG.warning("FIRST ADMINISTRATOR " + outcome.email() + ": set the password once, before "
                        + outcome.expiresAt() + ", at " + outcome.link());
            } else {
                LOG.warning("PORTAL_BOOTSTRAP_ADMIN_EMAIL (" + outcome.email() + ") ignored, nothing changed: "
                        + outcome.refusal() + ". Remove the setting; administrators invite further staff at /admin/staff.xhtml.");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The first administrator's bootstrap failed; nothing was created", e);
        }
    }
}
