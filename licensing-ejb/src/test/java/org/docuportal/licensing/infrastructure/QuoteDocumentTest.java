package org.docuportal.licensing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.docuportal.licensing.application.QuoteView;
import org.docuportal.licensing.domain.LicenseState;
import org.docuportal.licensing.domain.QuoteStatus;
import org.docuportal.shared.domain.Money;
import org.junit.jupiter.api.Test;

class QuoteDocumentTest {

    private static final String STREAMING_LINE =
            "Classroom streaming, 1 year, up to 25 concurrent streams: Children of Kim Il-sung (2025-09-01 to 2026-08-31)";

    private final QuoteDocument document = new QuoteDocument();

    @Test
    void showsTheQuoteAsAPurchasingOfficeReadsIt() {
        PdfText pdf = PdfText.of(document.render(quote(QuoteStatus.OPEN, null, List.of(
                line(STREAMING_LINE, 1, "350.00"),
                line("Study-guide pack, 1 year", 1, "23.50")))));

        assertThat(pdf.pages).isEqualTo(1);
        assertThat(pdf.flowing())
                .contains(DocumentText.DISTRIBUTOR)
                .contains("Quote Q-000123")
                .contains("Lycée Français de Séoul")
                .contains("Date of issue 2 June 2025")
                .contains("Valid until 2 July 2025")
                .contains("Children of Kim Il-sung")
                .contains("Classroom streaming, 1 year, up to 25 concurrent streams")
                .contains("1 September 2025 to 31 August 2026")
                .contains(STREAMING_LINE + " 1 USD 350.00 USD 350.00")
                .contains("Study-guide pack, 1 year 1 USD 23.50 USD 23.50")
                .contains("Total USD 373.50")
                .contains("This quote is not an invoice")
                .contains("checked on the date of issue, 2 June 2025")
                .contains("Page 1 of 1");
    }

    @Test
    void linesUpAmountsOnTheRightLikeAnInvoice() {
        PdfText pdf = PdfText.of(document.render(quote(QuoteStatus.OPEN, null, List.of(
                line(STREAMING_LINE, 1, "1250.00"),
                line("Study-guide pack, 1 year", 3, "23.50")))));

        float amounts = pdf.rightEdges(1, "USD 1,250.00").stream().max(Float::compare).orElseThrow();
        assertThat(pdf.rightEdges(1, "USD 70.50")).singleElement().satisfies(edge -> assertThat(edge).isCloseTo(amounts, within(0.5f)));
        assertThat(pdf.rightEdges(1, "USD 1,320.50")).singleElement().satisfies(edge -> assertThat(edge).isCloseTo(amounts, within(0.5f)));
        assertThat(pdf.rightEdges(1, "USD 23.50")).singleElement().satisfies(edge -> assertThat(edge).isLessThan(amounts - 50));
    }

    @Test
    void continuesALongQuoteOnNumberedPagesWithEveryLine() {
        List<QuoteView.Line> lines = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> line("Screening number " + i + " for the autumn term programme", 1, "10.00"))
                .toList();

        PdfText pdf = PdfText.of(document.render(quote(QuoteStatus.OPEN, null, lines)));

        assertThat(pdf.pages).isGreaterThan(1);
        IntStream.rangeClosed(1, pdf.pages).forEach(page ->
                assertThat(pdf.pageTexts.get(page - 1)).contains("Page " + page + " of " + pdf.pages));
        assertThat(pdf.flowing()).contains("Total USD 400.00");
        IntStream.rangeClosed(1, 40).forEach(i ->
                assertThat(pdf.flowing()).contains("Screening number " + i + " for the autumn term programme 1 USD 10.00"));
        assertThat(pdf.pageTexts).filteredOn(page -> page.contains("Screening number"))
                .hasSize(pdf.pages)
                .allSatisfy(page -> assertThat(page).contains("Description Qty Unit price Amount"));
        assertThat(pdf.pageTexts.get(pdf.pages - 1)).as("the total goes over with the last line")
                .contains("Screening number 40 for the autumn term programme 1 USD 10.00 USD 10.00 Total USD 400.00");
    }

    @Test
    void tellsTheMemberWhyTheAdministratorDeclined() {
        PdfText pdf = PdfText.of(document.render(quote(QuoteStatus.DECLINED, "No budget left this school year.",
                List.of(line("Study-guide pack, 1 year", 1, "23.50")))));

        assertThat(pdf.flowing())
                .contains("Status Declined")
                .contains("declined this purchase: No budget left this school year.");
    }

    @Test
    void printsKoreanNamesAsTheyAreWritten() {
        QuoteView korean = new QuoteView(7, "Q-000007", "서울국제고등학교", "children-of-kim-il-sung", "김일성의 아이들",
                "Study-guide pack, 1 year", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31),
                List.of(line("Study-guide pack, 1 year: 김일성의 아이들", 1, "23.50")), Money.of("23.50", "USD"),
                LocalDate.of(2025, 7, 2), QuoteStatus.OPEN, null, "김민지", List.of(), null);

        PdfText pdf = PdfText.of(document.render(korean));

        assertThat(pdf.flowing())
                .contains("Quote Q-000007")
                .contains("Prepared for 서울국제고등학교")
                .contains("Requested by 김민지")
                .contains("Film 김일성의 아이들")
                .contains("Study-guide pack, 1 year: 김일성의 아이들")
                .contains("Total USD 23.50")
                .doesNotContain("?");
    }

    @Test
    void printsJapaneseNamesAsTheyAreWritten() {
        QuoteView japanese = new QuoteView(8, "Q-000008", "東京都立国際高等学校", "children-of-kim-il-sung", "金日成の子どもたち",
                "Classroom streaming, 1 year, up to 25 concurrent streams", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31),
                List.of(line("Classroom streaming, 1 year: 金日成の子どもたち", 1, "350.00")), Money.of("350.00", "USD"),
                LocalDate.of(2025, 7, 2), QuoteStatus.DECLINED, "予算がありません", "山田花子", List.of(), null);

        PdfText pdf = PdfText.of(document.render(japanese));

        assertThat(pdf.flowing())
                .contains("Prepared for 東京都立国際高等学校")
                .contains("Requested by 山田花子")
                .contains("Film 金日成の子どもたち")
                .contains("Classroom streaming, 1 year: 金日成の子どもたち")
                .contains("declined this purchase: 予算がありません")
                .doesNotContain("?");
    }

    @Test
    void writesAValueAsTextEvenWhenItLooksLikeMarkup() {
        QuoteView odd = quote(QuoteStatus.DECLINED, "<b>No</b> & no", List.of(line("Study-guide pack, 1 year", 1, "23.50")));

        assertThat(PdfText.of(document.render(odd)).flowing()).contains("declined this purchase: <b>No</b> & no");
    }

    @Test
    void warnsOfTheLicensesTheInstitutionAlreadyHoldsForSomeOfTheTerm() {
        List<QuoteView.HeldLicense> held = List.of(
                new QuoteView.HeldLicense(42, "L-000042", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28), LicenseState.ACTIVE),
                new QuoteView.HeldLicense(43, "L-000043", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), LicenseState.SCHEDULED));

        PdfText pdf = PdfText.of(document.render(quote(QuoteStatus.OPEN, null, List.of(line(STREAMING_LINE, 1, "350.00")), held)));

        assertThat(pdf.flowing())
                .contains("Your institution already holds this film for some of these days")
                .contains("License L-000042, 1 March 2025 to 28 February 2026 (Active)")
                .contains("License L-000043, 1 March 2026 to 28 February 2027 (Scheduled)")
                .contains("Ordering this quote pays again for the days in common");
        assertThat(PdfText.of(document.render(quote(QuoteStatus.OPEN, null, List.of(line(STREAMING_LINE, 1, "350.00")))))
                .flowing()).as("no warning where nothing overlaps").doesNotContain("already holds");
    }

    @Test
    void namesItselfInThePdfsPropertiesAsAFilingSystemListsIt() throws Exception {
        byte[] pdf = document.render(quote(QuoteStatus.OPEN, null, List.of(line(STREAMING_LINE, 1, "350.00"))));

        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getDocumentInformation().getTitle()).isEqualTo("Quote Q-000123");
            assertThat(read.getDocumentInformation().getAuthor()).isEqualTo(DocumentText.DISTRIBUTOR);
            assertThat(read.getDocumentInformation().getSubject()).isEqualTo("Children of Kim Il-sung");
        }
    }

    private static QuoteView quote(QuoteStatus status, String reason, List<QuoteView.Line> lines) {
        return quote(status, reason, lines, List.of());
    }

    private static QuoteView quote(QuoteStatus status, String reason, List<QuoteView.Line> lines,
                                   List<QuoteView.HeldLicense> overlapping) {
        Money total = lines.stream().map(QuoteView.Line::amount).reduce(Money::plus).orElseThrow();
        return new QuoteView(123, "Q-000123", "Lycée Français de Séoul", "children-of-kim-il-sung",
                "Children of Kim Il-sung", "Classroom streaming, 1 year, up to 25 concurrent streams",
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), lines, total, LocalDate.of(2025, 7, 2), status,
                reason, "teacher@lfs.example", overlapping, null);
    }

    private static QuoteView.Line line(String description, int quantity, String unitPrice) {
        Money unit = Money.of(unitPrice, "USD");
        return new QuoteView.Line(description, quantity, unit, unit.times(quantity));
    }
}
