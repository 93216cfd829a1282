package org.docuportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import inet.ipaddr.IPAddress;

/** Which origin a link gets from a request: its own, or what a trusted proxy forwarded, and nothing an outsider says. */
class PublicAddressesTest {

    private static final List<IPAddress> NGINX = PublicAddresses.proxies("10.0.0.0/8, 127.0.0.1");

    private static Optional<String> origin(String remote, Map<String, String> headers, List<IPAddress> trusted) {
        return PublicAddresses.origin("http", "192.168.1.20", 8080, remote, headers::get, trusted);
    }

    @Test
    void aRequestWithoutProxiesKeepsTheAddressItCameInOnSoThatPhonesInTheRoomCanOpenIt() {
        assertEquals(Optional.of("http://192.168.1.20:8080"), origin("192.168.1.31", Map.of(), List.of()));
        assertEquals(Optional.of("http://portal.example"),
                PublicAddresses.origin("http", "Portal.Example", 80, "192.0.2.1", h -> null, List.of()));
        assertEquals(Optional.of("https://[2001:db8::1]:8443"),
                PublicAddresses.origin("https", "2001:db8::1", 8443, "192.0.2.1", h -> null, List.of()));
    }

    @Test
    void forwardedHeadersFromAnAddressThatIsNoTrustedProxyAreIgnored() {
        Map<String, String> forged = Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https",
                "Forwarded", "proto=https;host=evil.example");
        assertEquals(Optional.of("http://192.168.1.20:8080"), origin("192.168.1.31", forged, NGINX));
        assertEquals(Optional.of("http://192.168.1.20:8080"), origin("10.0.0.7", forged, List.of()), "none trusted by default");
    }

    @Test
    void aTrustedProxySaysSchemeHostAndPortAndItsOwnValueIsTheLastOfAList() {
        assertEquals(Optional.of("https://portal.example"), origin("10.1.2.3",
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example, portal.example"), NGINX));
        assertEquals(Optional.of("https://portal.example:8443"), origin("127.0.0.1",
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "portal.example", "X-Forwarded-Port", "8443"), NGINX));
        assertEquals(Optional.of("https://portal.example:8443"), origin("::ffff:10.0.0.1",
                Map.of("Forwarded", "for=192.0.2.1;host=evil.example, for=192.0.2.60;proto=https;host=\"portal.example:8443\""),
                NGINX));
        assertEquals(Optional.of("https://192.168.1.20"), origin("10.0.0.1", Map.of("X-Forwarded-Proto", "https"), NGINX),
                "the port the proxy reached the portal on is not the public one");
    }

    @Test
    void somethingNoProxyCouldMeanLeavesTheRequestsOwnAddress() {
        assertEquals(Optional.of("http://192.168.1.20:8080"),
                origin("10.0.0.1", Map.of("X-Forwarded-Host", "evil.example/path?"), NGINX));
        assertEquals(Optional.of("http://192.168.1.20:8080"),
                origin("10.0.0.1", Map.of("X-Forwarded-Host", "portal.example:99999"), NGINX));
        assertEquals(Optional.of("http://192.168.1.20:8080"),
                origin("10.0.0.1", Map.of("X-Forwarded-Proto", "javascript"), NGINX));
        assertEquals(Optional.empty(), PublicAddresses.origin("http", "a@evil.example", 80, "192.0.2.1", h -> null, List.of()));
    }

    @Test
    void wrongSettingsAreRefusedNamingTheSetting() {
        assertEquals("https://portal.example/docs", PublicAddresses.checkedBase("https://portal.example/docs/"));
        IllegalStateException base = assertThrows(IllegalStateException.class, () -> PublicAddresses.checkedBase("portal.example"));
        assertTrue(base.getMessage().contains("portal.base-url"), base.getMessage());
        IllegalStateException proxy = assertThrows(IllegalStateException.class, () -> PublicAddresses.proxies("10.0.0.0/8, nginx"));
        assertTrue(proxy.getMessage().contains("'nginx'"), proxy.getMessage());
    }
}
