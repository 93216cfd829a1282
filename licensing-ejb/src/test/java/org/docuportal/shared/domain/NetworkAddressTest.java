package org.docuportal.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkAddressTest {

    @Test
    void anIpv4AddressKeepsItsSlash24Only() {
        assertThat(NetworkAddress.truncated("203.0.113.77")).isEqualTo("203.0.113.0");
        assertThat(NetworkAddress.truncated(" 127.0.0.1 ")).isEqualTo("127.0.0.0");
        assertThat(NetworkAddress.truncated("10.1.2.0")).isEqualTo("10.1.2.0");
    }

    @Test
    void anIpv6AddressKeepsItsSlash48Only() {
        assertThat(NetworkAddress.truncated("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1::");
        assertThat(NetworkAddress.truncated("0:0:0:0:0:0:0:1")).isEqualTo("::");
        assertThat(NetworkAddress.truncated("fe80::1%eth0")).isEqualTo("fe80::");
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsCutAsIpv4() {
        assertThat(NetworkAddress.truncated("::ffff:198.51.100.23")).isEqualTo("198.51.100.0");
    }

    @Test
    void whatIsNotAnAddressLiteralIsNotKept() {
        assertThat(NetworkAddress.truncated(null)).isNull();
        assertThat(NetworkAddress.truncated(" ")).isNull();
        assertThat(NetworkAddress.truncated("viewer.example.org")).isNull();
        assertThat(NetworkAddress.truncated("203.0.113.0/24")).isNull();
    }
}
