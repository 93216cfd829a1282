package org.docuportal.web.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import org.docuportal.shared.application.PublicAddress;
import org.docuportal.shared.config.Setting;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * The portal's public address: {@code PORTAL_BASE_URL} where it is set, else the scheme, host and
 * port the current request came in on, so that a survey's QR code shown on
 * {@code http://192.168.1.20:8080} opens on the phones in that room.
 *
 * <p>{@code Forwarded} (RFC 7239) and {@code X-Forwarded-Proto/Host/Port} are believed only from
 * the addresses in {@code PORTAL_TRUSTED_PROXIES}; from anyone else they are ignored, or anybody
 * could make the portal mail links to their own site. Of a list, the last value counts: the one the
 * trusted proxy added itself, whatever the client sent before it. Once a proxy says anything, the
 * port is the one it names (in the host or {@code X-Forwarded-Port}) or the scheme's default, never
 * the port the proxy reached the portal on.
 *
 * <p>Outside a request (start-up, timers) there is no request to ask: links use the configured
 * address, else {@value #OUTSIDE_A_REQUEST}. Remembering the last request's address instead would
 * let any anonymous request with a forged {@code Host} choose where later mail to other people
 * leads, and would differ from server to server. PostgreSQL means production, where the address is
 * required ({@link org.docuportal.shared.persistence.PortalDataSource} refuses to start without it).
 */
@ApplicationScoped
public class PublicAddresses implements PublicAddress {

    /** Where links made outside any request lead when no address is configured: Payara Micro's default. */
    static final String OUTSIDE_A_REQUEST = "http://localhost:8080";

    private static final Logger LOG = Logger.getLogger(PublicAddresses.class.getName());

    /** A DNS name or IPv4 literal, or a bracketed IPv6 literal; nothing that could end the authority of a URL. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}|\\[[0-9A-Fa-f:.]{2,45}]");

    private String configured;
    private List<IPAddress> trustedProxies;

    @PostConstruct
    void read() {
        configured = Setting.BASE_URL.value().map(PublicAddresses::checkedBase).orElse(null);
        trustedProxies = proxies(Setting.TRUSTED_PROXIES.valueOr(""));
        LOG.info(() -> "Links in mail, PDFs and QR codes start with "
                + (configured != null ? configured : "the address each request came in on (" + OUTSIDE_A_REQUEST
                        + " outside a request); trusted proxies: " + (trustedProxies.isEmpty() ? "none" : trustedProxies)));
    }

    /** Creates this bean when the application starts, so that a malformed address or proxy entry stops the deployment, not the first mail. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // read() has run by now; nothing else to do.
    }

    @Override
    public String link(String path) {
        String relative = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        return base() + "/" + relative;
    }

    /** The portal's root without a trailing slash. */
    private String base() {
        if (configured != null) {
            return configured;
        }
        return CurrentRequest.get()
                .flatMap(r -> origin(r.getScheme(), r.getServerName(), r.getServerPort(), r.getRemoteAddr(), r::getHeader,
                        trustedProxies).map(origin -> origin + r.getContextPath()))
                .orElse(OUTSIDE_A_REQUEST);
    }

    /**
     * The origin ({@code scheme://host[:port]}) a request was addressed to: its own, or what a trusted
     * proxy forwarded. Empty when the host is not a plain host name or address literal.
     */
    static Optional<String> origin(String scheme, String host, int port, String remoteAddress, UnaryOperator<String> header,
                                   List<IPAddress> trustedProxies) {
        String originScheme = scheme;
        String originHost = host;
        Integer originPort = port;
        if (isTrusted(remoteAddress, trustedProxies)) {
            String proto;
            String forwardedHost;
            String forwardedPort = null;
            String forwarded = last(header.apply("Forwarded"));
            if (forwarded != null) {
                Map<String, String> parameters = parameters(forwarded);
                proto = parameters.get("proto");
                forwardedHost = parameters.get("host");
            } else {
                proto = last(header.apply("X-Forwarded-Proto"));
                forwardedHost = last(header.apply("X-Forwarded-Host"));
                forwardedPort = last(header.apply("X-Forwarded-Port"));
            }
            if (proto != null || forwardedHost != null || forwardedPort != null) {
                // Anything a proxy cannot mean (a port of 99999, a host with a slash) leaves the request's own origin.
                originScheme = proto != null ? proto : scheme;
                originPort = null;
                if (forwardedHost != null) {
                    String[] split = splitPort(forwardedHost);
                    if (split == null) {
                        return build(scheme, host, port);
                    }
                    originHost = split[0];
                    originPort = split[1] == null ? null : port(split[1]);
                    if (split[1] != null && originPort == null) {
                        return build(scheme, host, port);
                    }
                }
                if (forwardedPort != null) {
                    originPort = port(forwardedPort);
                    if (originPort == null) {
                        return build(scheme, host, port);
                    }
                }
                Optional<String> built = build(originScheme, originHost, originPort);
                return built.isPresent() ? built : build(scheme, host, port);
            }
        }
        return build(originScheme, originHost, originPort);
    }

    private static Optional<String> build(String scheme, String host, Integer port) {
        if (scheme == null || host == null) {
            return Optional.empty();
        }
        String lowerScheme = scheme.strip().toLowerCase(Locale.ROOT);
        if (!lowerScheme.equals("http") && !lowerScheme.equals("https")) {
            return Optional.empty();
        }
        String literal = host.strip();
        if (literal.contains(":") && !literal.startsWith("[")) {
            literal = "[" + literal + "]";
        }
        if (!HOST.matcher(literal).matches()) {
            return Optional.empty();
        }
        int defaultPort = lowerScheme.equals("https") ? 443 : 80;
        boolean showPort = port != null && port > 0 && port != defaultPort;
        return Optional.of(lowerScheme + "://" + literal.toLowerCase(Locale.ROOT) + (showPort ? ":" + port : ""));
    }

    static boolean isTrusted(String remoteAddress, List<IPAddress> trustedProxies) {
        if (remoteAddress == null || trustedProxies.isEmpty()) {
            return false;
        }
        String literal = remoteAddress.strip();
        int zone = literal.indexOf('%');
        IPAddress address = new IPAddressString(zone >= 0 ? literal.substring(0, zone) : literal).getAddress();
        if (address == null) {
            return false;
        }
        IPAddress plain = address.isIPv6() && address.toIPv6().isIPv4Mapped() ? address.toIPv6().getEmbeddedIPv4Address() : address;
        return trustedProxies.stream().anyMatch(proxy -> proxy.contains(plain));
    }

    /** The last of a header's comma-separated values: the one the nearest proxy wrote. */
    private static String last(String value) {
        if (value == null) {
            return null;
        }
        String lastValue = value.substring(value.lastIndexOf(',') + 1).strip();
        return lastValue.isEmpty() ? null : lastValue;
    }

    /** The {@code name=value} pairs of one {@code Forwarded} element, names in lower case, quotes removed. */
    private static Map<String, String> parameters(String element) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String value = pair.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.isEmpty()) {
                    parameters.put(pair.substring(0, equals).strip().toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return parameters;
    }

    /** Host and port (null when none) of {@code host[:port]}; null when the brackets of an IPv6 literal do not close. */
    private static String[] splitPort(String value) {
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0 || close + 1 < value.length() && value.charAt(close + 1) != ':') {
                return null;
            }
            return new String[] {value.substring(0, close + 1), close + 1 < value.length() ? value.substring(close + 2) : null};
        }
        int colon = value.indexOf(':');
        if (colon < 0 || value.indexOf(':', colon + 1) >= 0) {
            return new String[] {value, null};
        }
        return new String[] {value.substring(0, colon), value.substring(colon + 1)};
    }

    private static Integer port(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            return port >= 1 && port <= 65535 ? port : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static List<IPAddress> proxies(String setting) {
        List<IPAddress> proxies = new ArrayList<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            IPAddress address = new IPAddressString(entry.strip()).getAddress();
            if (address == null) {
                throw refusal(Setting.TRUSTED_PROXIES.key() + " lists '" + entry.strip()
                        + "', which is neither an IP address nor a CIDR range such as 10.0.0.0/8.");
            }
            proxies.add(address.isPrefixed() ? address.toPrefixBlock() : address);
        }
        return List.copyOf(proxies);
    }

    /** The configured address without trailing slashes, once it is known to be an absolute http(s) address. */
    static String checkedBase(String value) {
        try {
            URI uri = new URI(value);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null) {
                return value.replaceAll("/+$", "");
            }
        } catch (URISyntaxException e) {
            // refused below, with the setting's name
        }
        throw refusal(Setting.BASE_URL.key() + " must be the http or https address people use to reach the portal,"
                + " such as https://portal.example, not '" + value + "'.");
    }

    private static IllegalStateException refusal(String message) {
        LOG.severe(message);
        return new IllegalStateException(message);
    }
}
