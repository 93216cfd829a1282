package org.docuportal.web.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

import org.docuportal.shared.config.Setting;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * The address of the person behind a request, for the campus-only rule: the connection's own
 * address, or — when the connection comes from one of {@code PORTAL_TRUSTED_PROXIES} — the client
 * the proxies name in {@code Forwarded: for=} or {@code X-Forwarded-For}.
 *
 * <p>The list is read from the right, skipping the trusted proxies themselves: the first address
 * no trusted proxy owns is the client. Whatever a client writes further left is its own claim and
 * would let anyone off campus pretend to be on it, so it never counts. The title page's notice and
 * the playback API ask this one class, so they cannot disagree.
 */
@ApplicationScoped
public class ClientAddresses {

    private List<IPAddress> trustedProxies;

    @PostConstruct
    void read() {
        trustedProxies = PublicAddresses.proxies(Setting.TRUSTED_PROXIES.valueOr(""));
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("Forwarded"), request.getHeader("X-Forwarded-For"), trustedProxies);
    }

    static String of(String remoteAddress, String forwarded, String forwardedFor, List<IPAddress> trustedProxies) {
        if (!PublicAddresses.isTrusted(remoteAddress, trustedProxies)) {
            return remoteAddress;
        }
        List<String> hops = forwarded != null ? forValues(forwarded) : plainList(forwardedFor);
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (new IPAddressString(hop).getAddress() == null) {
                // "unknown", an obfuscated name or garbage: the chain cannot be followed past it.
                return remoteAddress;
            }
            if (!PublicAddresses.isTrusted(hop, trustedProxies)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    private static List<String> plainList(String header) {
        List<String> hops = new ArrayList<>();
        if (header != null) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        return hops;
    }

    /** The {@code for=} node of each element of a {@code Forwarded} header (RFC 7239), without quotes, brackets or port. */
    private static List<String> forValues(String header) {
        List<String> hops = new ArrayList<>();
        for (String element : header.split(",")) {
            for (String pair : element.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("for")) {
                    hops.add(node(pair.substring(equals + 1).strip()));
                }
            }
        }
        return hops;
    }

    private static String node(String value) {
        String node = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            return close > 0 ? node.substring(1, close) : node;
        }
        int colon = node.indexOf(':');
        return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }
}
