package org.docuportal.shared.domain;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * How much of a viewer's network address the portal keeps: the network, never the device.
 *
 * <p>The full address is needed for a moment only, for the campus check ("is this viewer inside the
 * institution's IP ranges?"). What is stored afterwards is cut to the network an institution or an
 * internet provider hands out as a whole: IPv4 to its /24 and IPv6 to its /48, the prefix a site
 * receives. That is still enough to see that a license is used from one campus or from many, and no
 * longer enough to point at one household or one device. The cut is done by the IPAddress library,
 * which parses literals only and never asks DNS.
 */
public final class NetworkAddress {

    /** Bits kept of an IPv4 address. */
    public static final int IPV4_PREFIX = 24;
    /** Bits kept of an IPv6 address. */
    public static final int IPV6_PREFIX = 48;

    private NetworkAddress() {
    }

    /**
     * The address with everything after its network prefix set to zero ({@code 203.0.113.77} becomes
     * {@code 203.0.113.0}, {@code 2001:db8:1:2::7} becomes {@code 2001:db8:1::}); an IPv4 address
     * written as IPv6 ({@code ::ffff:203.0.113.77}) is cut as IPv4. Null for null, for blank and for
     * anything that is not an IP address literal: better nothing stored than a host name.
     */
    public static String truncated(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String literal = address.strip();
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        IPAddress parsed = new IPAddressString(literal).getAddress();
        if (parsed == null || parsed.getNetworkPrefixLength() != null) {
            return null;
        }
        if (parsed.isIPv6() && parsed.toIPv6().isIPv4Mapped()) {
            parsed = parsed.toIPv6().getEmbeddedIPv4Address();
        }
        int keep = parsed.isIPv4() ? IPV4_PREFIX : IPV6_PREFIX;
        return parsed.toPrefixBlock(keep).getLower().withoutPrefixLength().toCanonicalString();
    }
}
