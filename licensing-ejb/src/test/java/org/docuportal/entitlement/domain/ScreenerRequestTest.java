package org.docuportal.entitlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;

import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleStatus;
import org.junit.jupiter.api.Test;

/** A screener's link can be sent again while the screener runs, never before it is approved nor after it ended. */
class ScreenerRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-04T20:00:00Z");

    private final ScreenerRequest request = new ScreenerRequest(new Title("impact", "Impact", "A film.", "en", TitleStatus.AVAILABLE),
            "Min-ji Park", "Festival", "Programmer", "For our strand.", "minji@festival.example", NOW);

    @Test
    void aRunningScreenerGetsANewSecretAndStaysWatchableUntilTheSameEnd() {
        request.approve("admin@demo.example", Duration.ofHours(72), "a".repeat(64), NOW);
        request.replaceAccessCode("b".repeat(64), NOW.plus(Duration.ofHours(71)));

        assertThat(request.validUntil()).isEqualTo(NOW.plus(Duration.ofHours(72)));
        assertThat(request.isWatchableAt(NOW.plus(Duration.ofHours(71)))).isTrue();
    }

    @Test
    void thereIsNoLinkToSendBeforeApprovalAfterADeclineOrAfterTheEnd() {
        assertThatIllegalStateException().isThrownBy(() -> request.replaceAccessCode("b".repeat(64), NOW))
                .withMessageContaining("not decided yet");

        request.approve("admin@demo.example", Duration.ofHours(1), "a".repeat(64), NOW);
        assertThatIllegalStateException().isThrownBy(() -> request.replaceAccessCode("b".repeat(64), NOW.plus(Duration.ofHours(1))))
                .withMessageContaining("ended");

        ScreenerRequest declined = new ScreenerRequest(new Title("other", "Other", "A film.", "en", TitleStatus.AVAILABLE),
                "Ji-ho", "School", "Teacher", "For class.", "jiho@school.example", NOW);
        declined.decline("admin@demo.example", "Rights placed", NOW);
        assertThatIllegalStateException().isThrownBy(() -> declined.replaceAccessCode("b".repeat(64), NOW))
                .withMessageContaining("declined");
    }
}
