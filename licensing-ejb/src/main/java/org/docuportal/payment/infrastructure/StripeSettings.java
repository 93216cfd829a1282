package org.docuportal.payment.infrastructure;

import org.docuportal.shared.config.Setting;

/**
 * How the portal talks to Stripe, read once from configuration. Tests build their own to point
 * at a stub.
 *
 * @param secretKey the secret API key; {@code null} when Stripe is not used
 * @param webhookSecret the webhook endpoint's signing secret; {@code null} when not configured
 * @param apiBase Stripe's API address; {@code null} for Stripe's own
 * @param webhookToleranceSeconds how old a signed webhook may be
 * @param maxNetworkRetries how often stripe-java itself retries a request that failed on the
 *        network or with a server error, with the same idempotency key
 */
public record StripeSettings(String secretKey, String webhookSecret, String apiBase, long webhookToleranceSeconds,
        int maxNetworkRetries) {

    /** Stripe's own advice; safe because every request that creates something carries an idempotency key. */
    static final int DEFAULT_NETWORK_RETRIES = 2;

    public StripeSettings {
        secretKey = blankToNull(secretKey);
        webhookSecret = blankToNull(webhookSecret);
        apiBase = blankToNull(apiBase);
        if (webhookToleranceSeconds <= 0) {
            // stripe-java treats 0 as "no limit", which would accept any replayed event.
            throw new IllegalArgumentException("the webhook tolerance must be positive: " + webhookToleranceSeconds);
        }
        if (maxNetworkRetries < 0) {
            throw new IllegalArgumentException("network retries cannot be negative: " + maxNetworkRetries);
        }
    }

    public static StripeSettings fromConfig() {
        return new StripeSettings(
                Setting.STRIPE_SECRET_KEY.value().orElse(null),
                Setting.STRIPE_WEBHOOK_SECRET.value().orElse(null),
                Setting.STRIPE_API_BASE.value().orElse(null),
                Setting.STRIPE_WEBHOOK_TOLERANCE_SECONDS.intValueOr(300),
                DEFAULT_NETWORK_RETRIES);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
