package org.docuportal.licensing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.licensing.application.LicenseView;
import org.docuportal.licensing.domain.LicenseState;
import org.docuportal.licensing.domain.OfferKind;
import org.junit.jupiter.api.Test;

class LicenseCertificateTest {

    private static final Instant ISSUED = Instant.parse("2025-06-03T10:15:00Z");

    private final LicenseCertificate certificate = new LicenseCertificate(Clock.fixed(ISSUED, ZoneOffset.UTC));

    @Test
    void certifiesWhoMayShowWhichFilmHowAndUntilWhen() {
        PdfText pdf = PdfText.of(certificate.render(streaming(LicenseState.ACTIVE, "Riverside Community College")));

        assertThat(pdf.pages).isEqualTo(1);
        assertThat(pdf.pageSize.getWidth()).as("landscape").isGreaterThan(pdf.pageSize.getHeight());
        assertThat(pdf.flowing())
                .contains("License certificate")
                .contains("License No. L-000042")
                .contains("Riverside Community College")
                .contains("Children of Kim Il-sung")
                .contains("Classroom streaming")
                .contains("Educational")
                .contains("1 September 2025 to 31 August 2026")
                .contains("Up to 25")
                .contains("Active")
                .contains("O-000077")
                .contains("Issued on 3 June 2025 by " + DocumentText.DISTRIBUTOR);
    }

    @Test
    void showsTheAudienceCapOfAScreeningAndNoStreamCap() {
        LicenseView screening = new LicenseView(43, "Harbour Training Institute", "children-of-kim-il-sung",
                "Children of Kim Il-sung", OfferKind.PUBLIC_SCREENING, RightType.NON_THEATRICAL, LocalDate.of(2025, 10, 14),
                LocalDate.of(2025, 10, 14), null, 200, LicenseState.ACTIVE, ISSUED, "O-000078", 1L, null, true);

        PdfText pdf = PdfText.of(certificate.render(screening));

        assertThat(pdf.flowing())
                .contains("Public screening")
                .contains("Non-theatrical")
                .contains("Up to 200 people")
                .contains("TERM 14 October 2025 ")
                .doesNotContain("to 14 October 2025")
                .doesNotContain("CONCURRENT STREAMS");
    }

    @Test
    void saysPlainlyWhenTheLicenseWasRevoked() {
        PdfText pdf = PdfText.of(certificate.render(streaming(LicenseState.REVOKED, "Riverside Community College")));

        assertThat(pdf.flowing()).contains("Revoked").doesNotContain("STATUS Active");
    }

    @Test
    void saysALicenseWhoseTermHasNotStartedIsScheduledNotActive() {
        PdfText pdf = PdfText.of(certificate.render(streaming(LicenseState.SCHEDULED, "Riverside Community College")));

        assertThat(pdf.flowing()).contains("STATUS Scheduled").doesNotContain("STATUS Active");
    }

    @Test
    void datesTheIssueInThePortalsCalendar() {
        LicenseCertificate seoul = new LicenseCertificate(Clock.system(ZoneId.of("Asia/Seoul")));
        LicenseView lateEvening = new LicenseView(42, "Riverside Community College", "children-of-kim-il-sung",
                "Children of Kim Il-sung", OfferKind.STUDY_GUIDE_PACK, RightType.EDUCATIONAL, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 8, 31), null, null, LicenseState.ACTIVE, Instant.parse("2025-06-03T20:00:00Z"), "O-000077",
                30L, null, false);

        assertThat(PdfText.of(seoul.render(lateEvening)).flowing()).contains("Issued on 4 June 2025");
    }

    @Test
    void keepsALongNameOnTheOnePage() {
        String longName = "The Joint Vocational Training and Continuing Education Institute of the Northern Coastal "
                + "Municipalities and Their Associated Public Libraries";

        PdfText pdf = PdfText.of(certificate.render(streaming(LicenseState.ACTIVE, longName)));

        assertThat(pdf.pages).isEqualTo(1);
        assertThat(pdf.flowing()).contains(longName).contains("License No. L-000042").contains("O-000077");
    }

    @Test
    void printsKoreanAndJapaneseNamesAsTheyAreWritten() {
        LicenseView korean = new LicenseView(42, "서울국제고등학교", "children-of-kim-il-sung", "김일성의 아이들",
                OfferKind.CLASSROOM_STREAMING, RightType.EDUCATIONAL, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31),
                25, null, LicenseState.ACTIVE, ISSUED, "O-000077", null, null, true);
        LicenseView japanese = new LicenseView(43, "東京都立国際高等学校", "children-of-kim-il-sung", "金日成の子どもたち",
                OfferKind.CLASSROOM_STREAMING, RightType.EDUCATIONAL, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31),
                25, null, LicenseState.ACTIVE, ISSUED, "O-000078", null, null, true);

        PdfText koreanPdf = PdfText.of(certificate.render(korean));
        PdfText japanesePdf = PdfText.of(certificate.render(japanese));

        assertThat(koreanPdf.pages).isEqualTo(1);
        assertThat(koreanPdf.flowing()).contains("This certifies that 서울국제고등학교 holds a license for the documentary film 김일성의 아이들")
                .doesNotContain("?");
        assertThat(japanesePdf.pages).isEqualTo(1);
        assertThat(japanesePdf.flowing()).contains("This certifies that 東京都立国際高等学校 holds a license for the documentary film 金日成の子どもたち")
                .doesNotContain("?");
    }

    @Test
    void keepsALongKoreanNameOnTheOnePage() {
        String longName = "서울특별시교육청 산하 국제고등학교 및 외국어고등학교 연합 교원연수원 다큐멘터리 영화 교육 프로그램 운영위원회 사무국";

        PdfText pdf = PdfText.of(certificate.render(streaming(LicenseState.ACTIVE, longName)));

        assertThat(pdf.pages).isEqualTo(1);
        // Hangul may break between any two syllables, as Korean typesetting allows: compare without the breaks.
        assertThat(pdf.flowing().replace(" ", "")).contains(longName.replace(" ", ""));
        assertThat(pdf.flowing()).contains("License No. L-000042").contains("O-000077");
    }

    @Test
    void setsALongNameSmallerButNeverBelowTwelvePoints() {
        assertThat(LicenseCertificate.fittedSize("Riverside Community College", 22)).isEqualTo(22);
        assertThat(LicenseCertificate.fittedSize("서울국제고등학교", 22)).isEqualTo(22);
        assertThat(LicenseCertificate.fittedSize("The Joint Vocational Training and Continuing Education Institute of the "
                + "Northern Coastal Municipalities and Their Associated Public Libraries", 22)).isBetween(12, 20);
        assertThat(LicenseCertificate.fittedSize("학".repeat(400), 22)).isEqualTo(12);
    }

    private static LicenseView streaming(LicenseState state, String institution) {
        return new LicenseView(42, institution, "children-of-kim-il-sung", "Children of Kim Il-sung",
                OfferKind.CLASSROOM_STREAMING, RightType.EDUCATIONAL, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31),
                25, null, state, ISSUED, "O-000077", null, null, state == LicenseState.ACTIVE);
    }
}
