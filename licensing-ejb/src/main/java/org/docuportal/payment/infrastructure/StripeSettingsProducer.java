package org.docuportal.payment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Reads {@link StripeSettings} from configuration once, for the Stripe beans to share. */
@ApplicationScoped
public class StripeSettingsProducer {

    @Produces
    @Singleton
    StripeSettings stripeSettings() {
        return StripeSettings.fromConfig();
    }
}
