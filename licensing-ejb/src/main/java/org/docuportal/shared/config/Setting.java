package org.docuportal.shared.config;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every configuration key of the portal, declared once.
 *
 * <p>Values come from MicroProfile Config: system properties, then environment variables
 * (MicroProfile maps {@code portal.db.url} to {@code PORTAL_DB_URL}), then the defaults in
 * {@code META-INF/microprofile-config.properties}. The README's configuration table lists
 * the same keys; keep the two in step.
 */
public enum Setting {

    /** Folder for the embedded H2 database and other local files. */
    DATA_DIR("portal.data.dir"),
    /** JDBC URL of a production database (PostgreSQL); when empty, the embedded H2 is used. */
    DB_URL("portal.db.url"),
    DB_USER("portal.db.user"),
    DB_PASSWORD("portal.db.password"),
    /**
     * Whether demo catalog and demo accounts are loaded on first start: {@code auto} loads them
     * on the embedded database only, {@code true} and {@code false} force the choice.
     */
    DEMO_DATA("portal.demo.data"),
    /** Failed logins in a row after which an account is locked for a while. */
    LOGIN_MAX_FAILURES("portal.login.max-failures"),
    /** Minutes an account stays locked after too many failed logins. */
    LOGIN_LOCK_MINUTES("portal.login.lock-minutes"),
    /**
     * The address people use to reach the portal ({@code https://portal.example}), for every link in
     * mail, PDFs and QR codes. Required on PostgreSQL; when empty, links use the address each request
     * came in on (see {@link org.docuportal.shared.application.PublicAddress}).
     */
    BASE_URL("portal.base-url"),
    /**
     * Addresses and CIDR ranges of the reverse proxies whose {@code Forwarded} and
     * {@code X-Forwarded-Proto/Host/Port} headers are believed, separated by commas. Empty by
     * default: such headers from anyone else are ignored.
     */
    TRUSTED_PROXIES("portal.trusted-proxies"),
    /** SMTP server for outgoing mail; when empty, mail is written to the mail folder under the data folder. */
    MAIL_SMTP_HOST("portal.mail.smtp.host"),
    MAIL_SMTP_PORT("portal.mail.smtp.port"),
    MAIL_SMTP_USER("portal.mail.smtp.user"),
    MAIL_SMTP_PASSWORD("portal.mail.smtp.password"),
    /** Whether to upgrade SMTP connections with STARTTLS. */
    MAIL_SMTP_STARTTLS("portal.mail.smtp.starttls"),
    /** The sender of the portal's mail. */
    MAIL_FROM("portal.mail.from"),
    /**
     * Countries whose institutions may license nothing, whatever the rights windows say: ISO
     * 3166-1 alpha-2 codes separated by commas. Empty by default; which
     * countries belong here is each distributor's legal decision, not the portal's.
     */
    EMBARGOED_COUNTRIES("portal.eligibility.embargoed-countries"),
    /**
     * Stripe secret API key ({@code sk_live_...} or {@code sk_test_...}). Empty by default, which
     * turns card and Stripe invoice payment off and leaves the manual purchase-order flow.
     */
    STRIPE_SECRET_KEY("portal.stripe.secret-key"),
    /** Signing secret of the Stripe webhook endpoint ({@code whsec_...}), to check that events come from Stripe. */
    STRIPE_WEBHOOK_SECRET("portal.stripe.webhook-secret"),
    /** Address of Stripe's API; empty means Stripe's own. Tests point it at a local stub. */
    STRIPE_API_BASE("portal.stripe.api-base"),
    /** How old, in seconds, a signed webhook may be before it is refused as a possible replay. */
    STRIPE_WEBHOOK_TOLERANCE_SECONDS("portal.stripe.webhook-tolerance-seconds"),
    /**
     * Folder of the encrypted HLS sets ({@code <slug>/master.m3u8 ...}) and their keys
     * ({@code keys/<slug>.key}); empty means {@code media} under the data folder.
     */
    MEDIA_DIR("portal.media.dir"),
    /** Which media delivery hands out playlist addresses and tokens: {@code portal} (the default) or {@code edge}. */
    MEDIA_DELIVERY("portal.media.delivery"),
    /** Address of the edge that serves the media folder as {@code <edge-url><slug>/master.m3u8}, for delivery {@code edge}. */
    MEDIA_EDGE_URL("portal.media.edge-url"),
    /**
     * Secret for the HMAC of playback tokens, at least 32 bytes (e.g. {@code openssl rand -hex 32}),
     * shared with the edge. Empty means a random secret per start, which only delivery {@code portal}
     * on a single node can use.
     */
    MEDIA_TOKEN_SECRET("portal.media.token-secret"),
    /** How long a playback token opens a title's playlists and key, in seconds. */
    STREAMING_TOKEN_SECONDS("portal.streaming.token-seconds"),
    /** How long a playback lease holds a stream without a heartbeat, in seconds; the player beats three times per lease. */
    STREAMING_LEASE_SECONDS("portal.streaming.lease-seconds"),
    /** How long an approved screener lasts, in hours, unless the administrator chooses otherwise. */
    SCREENER_HOURS("portal.screener.hours"),
    /**
     * The fewest paired participants a survey group must have to be shown or exported (5 by default).
     * Smaller groups are hidden and left out of every larger group; values below 2 count as 2.
     */
    REPORTS_MIN_GROUP_SIZE("portal.reports.min-group-size"),
    /**
     * Whole months, before the current one, during which usage records (plays, guide downloads,
     * screener requests) keep the email of the person behind them (13 by default, long enough for
     * yearly COUNTER reports); older ones are pseudonymized by a daily job, keeping every count.
     */
    PRIVACY_USAGE_IDENTITY_RETENTION_MONTHS("portal.privacy.usage-identity-retention-months"),
    /**
     * Days a sent mail stays in the outbox (7 by default: time to answer "did my link go out?")
     * before the daily retention job deletes it; its body holds one-time links.
     */
    PRIVACY_SENT_MAIL_RETENTION_DAYS("portal.privacy.sent-mail-retention-days"),
    /**
     * Email of the first platform administrator, for a production start: where no platform
     * administrator exists, the account is created without a password and a one-time
     * set-password link is logged and mailed. Ignored (with a warning) once one exists.
     */
    BOOTSTRAP_ADMIN_EMAIL("portal.bootstrap.admin-email"),
    /** Largest poster upload in bytes (10 MB by default); larger ones are refused with 413 before they are decoded. */
    IMAGES_MAX_POSTER_BYTES("portal.images.max-poster-bytes"),
    /** The ffmpeg program that packages uploaded videos: a name on PATH ({@code ffmpeg}, the default) or a full path. */
    MEDIA_FFMPEG("portal.media.ffmpeg"),
    /** The ffprobe program that checks uploaded videos: a name on PATH ({@code ffprobe}, the default) or a full path. */
    MEDIA_FFPROBE("portal.media.ffprobe"),
    /** The largest master video accepted, in bytes (20 GB by default). */
    MEDIA_MAX_UPLOAD_BYTES("portal.media.max-upload-bytes"),
    /** How many months ahead a quoted license term (or screening day) may start; 12 by default. */
    QUOTES_HORIZON_MONTHS("portal.quotes.horizon-months"),
    /**
     * Whether this server is one of several behind one address ({@code true}; {@code false} by default).
     * Set by the cluster's run scripts (docs/cluster.md); a clustered server refuses to start without a
     * shared token secret, on the embedded database, or on a media or images folder the others do not share.
     */
    CLUSTER_ENABLED("portal.cluster.enabled");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The value, or empty when unset or blank. */
    public Optional<String> value() {
        return config().getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String valueOr(String fallback) {
        return value().orElse(fallback);
    }

    public int intValueOr(int fallback) {
        return value().map(Integer::parseInt).orElse(fallback);
    }

    private static Config config() {
        // The application's class loader, so that the WAR's own defaults file is read
        // even when the caller runs on a container thread.
        return ConfigProvider.getConfig(Setting.class.getClassLoader());
    }
}
