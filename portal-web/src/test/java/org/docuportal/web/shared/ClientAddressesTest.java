package org.docuportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import inet.ipaddr.IPAddress;

class ClientAddressesTest {

    private static final List<IPAddress> PROXIES = PublicAddresses.proxies("10.0.0.0/8, 192.0.2.7");

    @Test
    void aDirectConnectionIsTheClientWhateverItsHeadersClaim() {
        assertEquals("203.0.113.9", ClientAddresses.of("203.0.113.9", "for=198.51.100.1", "198.51.100.1", PROXIES));
        assertEquals("203.0.113.9", ClientAddresses.of("203.0.113.9", null, "198.51.100.1", List.of()));
    }

    @Test
    void behindTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheClient() {
        // The off-campus visitor wrote a campus address first; the proxies appended the real one.
        assertEquals("203.0.113.9", ClientAddresses.of("10.1.1.1", null, "198.51.100.1, 203.0.113.9, 10.2.2.2", PROXIES));
        assertEquals("203.0.113.9", ClientAddresses.of("192.0.2.7", null, "203.0.113.9", PROXIES));
    }

    @Test
    void theForwardedHeaderIsReadWithQuotesPortsAndIpv6Brackets() {
        assertEquals("2001:db8::1", ClientAddresses.of("10.1.1.1", "for=\"[2001:db8::1]:4711\";proto=https", null, PROXIES));
        assertEquals("203.0.113.9", ClientAddresses.of("10.1.1.1", "for=198.51.100.1, for=203.0.113.9:5000", null, PROXIES));
    }

    @Test
    void aChainThatCannotBeFollowedLeavesTheProxysOwnAddress() {
        assertEquals("10.1.1.1", ClientAddresses.of("10.1.1.1", "for=unknown", null, PROXIES));
        assertEquals("10.1.1.1", ClientAddresses.of("10.1.1.1", null, null, PROXIES));
        assertEquals("10.1.1.1", ClientAddresses.of("10.1.1.1", null, "10.3.3.3", PROXIES));
    }
}
