package org.docuportal.web.security;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.docuportal.shared.config.Setting;

/**
 * The Content-Security-Policy texts, written once.
 *
 * <p>Pages get {@link #pagePolicy()}: PrimeFaces' CSP mode ({@code primefaces.CSP} in
 * {@code web.xml}) reads it through {@code primefaces.CSP_POLICY}, appends the request's nonce to
 * the final {@code script-src} and moves the inline scripts and event handlers that JSF and
 * PrimeFaces render into scripts carrying that nonce. That is why {@code script-src} must stay the
 * last directive. Everything else (static files, the API, error pages without JSF) gets the same
 * policy without a nonce, or for the API a policy that allows nothing at all, from
 * {@link SecurityHeaders}.
 *
 * <p>What is allowed beyond {@code 'self'}, and why:
 * <ul>
 * <li>{@code style-src 'unsafe-inline'}: PrimeFaces renders {@code style} attributes (widths of
 * columns, positions of overlays) that no nonce can cover. Styles cannot run code.</li>
 * <li>{@code img-src data:} and {@code font-src data:}: the PrimeFaces theme embeds icons as data URIs.</li>
 * <li>{@code media-src blob:} and {@code worker-src blob:}: hls.js feeds the video element through
 * Media Source Extensions (a {@code blob:} address) and may demux in a worker made from a blob.</li>
 * <li>The media edge's origin in {@code connect-src} and {@code media-src}, where delivery goes
 * through an edge ({@code portal.media.edge-url}): the player fetches playlists, keys and
 * segments from it.</li>
 * </ul>
 * No {@code form-action}: ordering by card posts the order form and is redirected to the payment
 * provider's page, and Chromium checks such redirects against {@code form-action}.
 */
@ApplicationScoped
@Named("contentSecurityPolicy")
public class ContentSecurityPolicy {

    /** For JSON and files that are never rendered as pages: nothing may load, nothing may frame them. */
    static final String API = "default-src 'none'; frame-ancestors 'none'";

    private volatile String page;

    /** The policy of pages, without the nonce that PrimeFaces appends. */
    public String pagePolicy() {
        if (page == null) {
            String edge = edgeOrigin().map(origin -> " " + origin).orElse("");
            page = "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; "
                    + "img-src 'self' data: blob:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "media-src 'self' blob:" + edge + "; connect-src 'self'" + edge + "; worker-src 'self' blob:; "
                    + "script-src 'self'";
        }
        return page;
    }

    /** Bean-style access for {@code primefaces.CSP_POLICY}, which is an EL expression. */
    public String getPagePolicy() {
        return pagePolicy();
    }

    private static Optional<String> edgeOrigin() {
        return Setting.MEDIA_EDGE_URL.value().filter(url -> !url.isBlank()).map(url -> {
            URI uri = URI.create(url.strip());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        });
    }
}
