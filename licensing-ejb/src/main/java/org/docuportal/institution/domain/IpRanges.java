package org.docuportal.institution.domain;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * IPv4 and IPv6 ranges in CIDR notation ({@code 192.0.2.0/24}, {@code 2001:db8::/32}),
 * parsed and matched by the IPAddress library.
 */
public final class IpRanges {

    private IpRanges() {
    }

    /** The range in canonical CIDR form; a single address becomes a /32 or /128. */
    public static String normalize(String cidr) {
        if (cidr == null || cidr.isBlank()) {
            throw new IllegalArgumentException("an IP range is required");
        }
        try {
            IPAddress address = new IPAddressString(cidr.strip()).toAddress();
            if (address.getNetworkPrefixLength() == null) {
                return address.toCanonicalString() + "/" + address.getBitCount();
            }
            return address.toPrefixBlock().toCanonicalString();
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("not an IPv4 or IPv6 range in CIDR notation: " + cidr, e);
        }
    }

    /** Whether the address lies in the range. */
    public static boolean contains(String cidr, String address) {
        IPAddress range = new IPAddressString(cidr).getAddress();
        IPAddress candidate = new IPAddressString(address).getAddress();
        return range != null && candidate != null && range.toPrefixBlock().contains(candidate);
    }

    /** Whether every address of {@code inner} lies in {@code outer} (same version, outer's block contains inner's). */
    public static boolean within(String inner, String outer) {
        IPAddress a = new IPAddressString(inner).getAddress();
        IPAddress b = new IPAddressString(outer).getAddress();
        return a != null && b != null && a.getIPVersion() == b.getIPVersion() && b.toPrefixBlock().contains(a.toPrefixBlock());
    }

    /** Whether two ranges share at least one address. */
    public static boolean overlap(String first, String second) {
        IPAddress a = new IPAddressString(first).getAddress();
        IPAddress b = new IPAddressString(second).getAddress();
        return a != null && b != null && a.getIPVersion() == b.getIPVersion()
                && (a.toPrefixBlock().contains(b.toPrefixBlock()) || b.toPrefixBlock().contains(a.toPrefixBlock()));
    }
}
