package org.docuportal.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsExactDecimalsAtTheCurrencysPrecision() {
        assertThat(Money.of("0.1", "USD").plus(Money.of("0.2", "USD"))).isEqualTo(Money.of("0.30", "USD"));
        assertThat(Money.of("1250", "EUR").toString()).isEqualTo("EUR 1,250.00");
        assertThat(Money.of("19.99", "USD").minorUnits()).isEqualTo(1999);
        assertThat(Money.of("1500", "KRW").minorUnits()).isEqualTo(1500);
        assertThat(Money.of("49.50", "GBP").times(3)).isEqualTo(Money.of("148.50", "GBP"));
    }

    @Test
    void refusesWhatIsNotMoney() {
        assertThatThrownBy(() -> Money.of("1.005", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("10.5", "KRW")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("-1", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }
}
