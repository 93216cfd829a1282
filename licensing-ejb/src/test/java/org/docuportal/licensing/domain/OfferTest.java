package org.docuportal.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;

import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleStatus;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.SizeBand;
import org.docuportal.shared.domain.Money;
import org.junit.jupiter.api.Test;

class OfferTest {

    private static final Title FILM = new Title("film", "Film", "A film.", "ko", TitleStatus.AVAILABLE);

    @Test
    void everyWrongFieldOfAnOfferIsNamedAtOnce() {
        OfferInputException e = catchThrowableOfType(OfferInputException.class,
                () -> Offer.classroomStreaming(FILM, 24, 0, "DOLLARS"));
        assertThat(e.problems()).extracting(OfferInputException.Problem::field)
                .containsExactly("termMonths", "streamCap", "currency");
        assertThat(catchThrowableOfType(OfferInputException.class, () -> Offer.publicScreening(FILM, null, "EUR"))
                .problems()).extracting(OfferInputException.Problem::field).containsExactly("audienceCap");
    }

    @Test
    void aPriceIsPositiveAtTheCurrencysPrecisionAndItsMessageNamesTheCell() {
        Offer offer = Offer.classroomStreaming(FILM, 12, 3, "usd".toUpperCase());
        for (String wrong : new String[] {"0", "-5", "1.005", "12,50", "", null, "10000000000"}) {
            assertThatThrownBy(() -> offer.price(InstitutionType.HIGHER_EDUCATION, SizeBand.FROM_501_TO_2000, wrong))
                    .as(String.valueOf(wrong)).isInstanceOf(OfferInputException.class)
                    .hasMessageStartingWith("Price for University or college, 501 to 2,000 (USD): must be");
        }
        offer.price(InstitutionType.HIGHER_EDUCATION, SizeBand.FROM_501_TO_2000, " 1250.5 ");
        assertThat(offer.priceFor(InstitutionType.HIGHER_EDUCATION, SizeBand.FROM_501_TO_2000))
                .contains(Money.of("1250.50", "USD"));

        Offer won = Offer.studyGuidePack(FILM, "KRW");
        assertThatThrownBy(() -> won.price(InstitutionType.LIBRARY, SizeBand.UP_TO_500, "100.50"))
                .hasMessage("Price for Library, Up to 500 (KRW): must be a positive whole amount, such as 250.");
    }

    @Test
    void aWithdrawnOfferKeepsItsFirstWithdrawalAndItsTitle() {
        Offer offer = Offer.studyGuidePack(FILM, "USD");
        assertThat(offer.isActive()).isTrue();
        assertThat(offer.withdrawnAt()).isEmpty();
        Instant first = Instant.parse("2026-12-01T09:00:00Z");
        offer.withdraw(first);
        offer.withdraw(first.plusSeconds(60));
        assertThat(offer.isActive()).isFalse();
        assertThat(offer.withdrawnAt()).contains(first);
        assertThat(offer.isOf("film")).isTrue();
        assertThat(offer.isOf("another-film")).isFalse();
    }
}
