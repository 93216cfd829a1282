package org.docuportal.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AvailsParserTest {

    private static final String HEADER = "title_slug,right_type,territory,excluded_countries,start_date,end_date";
    private static final String SLUG = "kim-il-sungs-children";

    private final AvailsParser parser = new AvailsParser();

    private AvailsParseResult parse(String text) {
        try {
            return parser.parse(new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A file with the standard header and the given data lines, LF-separated. */
    private AvailsParseResult parseRows(String... lines) {
        return parse(HEADER + "\n" + String.join("\n", lines) + "\n");
    }

    private static Set<CountryCode> codes(String... codes) {
        return Set.of(codes).stream().map(CountryCode::of).collect(Collectors.toSet());
    }

    @Nested
    class GoodFiles {

        @Test
        void readsEveryRow() {
            AvailsParseResult result = parseRows(
                    SLUG + ",EDUCATIONAL,WORLDWIDE,CN;KP,2025-01-01,",
                    SLUG + ",non_theatrical,KR;JP US,,2025-03-01,2027-02-28",
                    "another-film,SVOD,KR,,2024-06-01,2024-06-01");

            assertThat(result.problems()).isEmpty();
            assertThat(result.hasProblems()).isFalse();
            assertThat(result.rows()).containsExactly(
                    new AvailsRow(2, SLUG, RightType.EDUCATIONAL, Territory.worldwideExcept(codes("CN", "KP")),
                            LocalDate.of(2025, 1, 1), null),
                    new AvailsRow(3, SLUG, RightType.NON_THEATRICAL, Territory.countries(codes("KR", "JP", "US")),
                            LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 28)),
                    new AvailsRow(4, "another-film", RightType.SVOD, Territory.countries(codes("KR")),
                            LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1)));
            assertThat(result.slugs()).containsExactly(SLUG, "another-film");
        }

        @Test
        void theExampleInTheDocumentationIsValid() throws IOException {
            String doc = Files.readString(Path.of("..", "docs", "avails-csv.md"));
            String example = doc.substring(doc.indexOf("```csv") + 6, doc.indexOf("```", doc.indexOf("```csv") + 6));

            AvailsParseResult result = parse(example.strip());
            assertThat(result.problems()).isEmpty();
            assertThat(result.rows()).hasSize(3).allSatisfy(row -> assertThat(row.titleSlug()).isEqualTo(SLUG));
        }

        @Test
        void headerNamesIgnoreCaseAndOrderAndOptionalColumnsMayBeLeftOut() {
            AvailsParseResult result = parse("""
                    Start_Date, TERRITORY ,Right_Type,Title_Slug
                    2025-01-01,kr,Educational,kim-il-sungs-children
                    """);

            assertThat(result.problems()).isEmpty();
            assertThat(result.rows()).containsExactly(new AvailsRow(2, SLUG, RightType.EDUCATIONAL,
                    Territory.countries(codes("KR")), LocalDate.of(2025, 1, 1), null));
        }

        @Test
        void valuesAreTrimmedAndMayBeQuoted() {
            AvailsParseResult result = parseRows(
                    " " + SLUG + " , EDUCATIONAL , \"KR, JP\" ,\" CN \", 2025-01-01 , 2025-12-31 ");

            assertThat(result.problems()).isEmpty();
            AvailsRow row = result.rows().get(0);
            assertThat(row.titleSlug()).isEqualTo(SLUG);
            assertThat(row.territory()).isEqualTo(new Territory(false, codes("KR", "JP"), codes("CN")));
            assertThat(row.endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        }

        @ParameterizedTest
        @CsvSource({
                "EDUCATIONAL, EDUCATIONAL",
                "educational, EDUCATIONAL",
                "Non-theatrical, NON_THEATRICAL",
                "NON THEATRICAL, NON_THEATRICAL",
                "Linear TV, LINEAR_TV",
                "tvod, TVOD"
        })
        void rightTypesAreReadByNameOrLabelInAnyCase(String written, RightType meant) {
            AvailsParseResult result = parseRows(SLUG + "," + written + ",KR,,2025-01-01,");
            assertThat(result.problems()).isEmpty();
            assertThat(result.rows()).extracting(AvailsRow::rightType).containsExactly(meant);
        }

        @ParameterizedTest
        @ValueSource(strings = {"KR;JP;US", "KR JP US", "kr ; jp ; us", "\"KR,JP,US\"", "KR;JP;US;KR"})
        void countriesAreSeparatedBySemicolonsOrSpaces(String territory) {
            AvailsParseResult result = parseRows(SLUG + ",SVOD," + territory + ",,2025-01-01,");
            assertThat(result.problems()).isEmpty();
            assertThat(result.rows().get(0).territory()).isEqualTo(Territory.countries(codes("KR", "JP", "US")));
        }

        @Test
        void worldwideIsCaseInsensitive() {
            AvailsParseResult result = parseRows(SLUG + ",SVOD,Worldwide,,2025-01-01,");
            assertThat(result.rows().get(0).territory()).isEqualTo(Territory.everywhere());
        }

        @Test
        void aByteOrderMarkAtTheStartIsIgnored() {
            AvailsParseResult result = parse("\uFEFF" + HEADER + "\n" + SLUG + ",SVOD,KR,,2025-01-01,\n");
            assertThat(result.problems()).isEmpty();
            assertThat(result.rows()).hasSize(1);
        }

        @Test
        void windowsLineEndingsAreRead() {
            AvailsParseResult result = parse(HEADER + "\r\n"
                    + SLUG + ",SVOD,KR,,2025-01-01,2025-12-31\r\n"
                    + SLUG + ",AVOD,JP,,2025-01-01,\r\n");
            assertThat(result.problems()).isEmpty();
            assertThat(result.rows()).extracting(AvailsRow::line, AvailsRow::endDate)
                    .containsExactly(tuple(2, LocalDate.of(2025, 12, 31)), tuple(3, null));
        }

        @Test
        void oldMacLineEndingsAreRead() {
            AvailsParseResult result = parse(HEADER + "\r" + SLUG + ",SVOD,KR,,2025-01-01,\r");
            assertThat(result.problems()).isEmpty();
            assertThat(result.rows()).hasSize(1);
        }

        @Test
        void blankTrailingLinesAndEmptySpreadsheetRowsAreIgnored() {
            AvailsParseResult result = parse(HEADER + "\r\n" + SLUG + ",SVOD,KR,,2025-01-01,\r\n\r\n   \r\n,,,,,\r\n\r\n");
            assertThat(result.problems()).isEmpty();
            assertThat(result.rows()).hasSize(1);
        }

        @Test
        void lineNumbersCountBlankLines() {
            AvailsParseResult result = parse(HEADER + "\n\n" + SLUG + ",SVOD,KR,,2025-01-01,\n\n\n"
                    + SLUG + ",SVOD,XX,,2025-01-01,\n");
            assertThat(result.rows()).extracting(AvailsRow::line).containsExactly(3);
            assertThat(result.problems()).extracting(AvailsProblem::line).containsExactly(6);
        }
    }

    @Nested
    class BadValues {

        private AvailsProblem onlyProblem(String line) {
            AvailsParseResult result = parseRows(line);
            assertThat(result.rows()).as("a row with a problem is left out").isEmpty();
            assertThat(result.problems()).hasSize(1);
            AvailsProblem problem = result.problems().get(0);
            assertThat(problem.line()).isEqualTo(2);
            return problem;
        }

        @Test
        void missingSlug() {
            assertThat(onlyProblem(" ,SVOD,KR,,2025-01-01,"))
                    .isEqualTo(new AvailsProblem(2, "title_slug", "The title slug is missing."));
        }

        @Test
        void missingRightType() {
            assertThat(onlyProblem(SLUG + ",,KR,,2025-01-01,"))
                    .isEqualTo(new AvailsProblem(2, "right_type", "The right type is missing."));
        }

        @Test
        void unknownRightType() {
            assertThat(onlyProblem(SLUG + ",VOD,KR,,2025-01-01,")).isEqualTo(new AvailsProblem(2, "right_type",
                    "'VOD' is not a right type. Use one of EDUCATIONAL, NON_THEATRICAL, LINEAR_TV, TVOD, SVOD, AVOD, FVOD."));
        }

        @Test
        void missingTerritory() {
            assertThat(onlyProblem(SLUG + ",SVOD, ,,2025-01-01,")).isEqualTo(new AvailsProblem(2, "territory",
                    "The territory is missing. Write WORLDWIDE or the countries' ISO 3166-1 codes, such as KR;JP."));
        }

        @Test
        void unknownCountry() {
            assertThat(onlyProblem(SLUG + ",SVOD,KR;XX,,2025-01-01,"))
                    .isEqualTo(new AvailsProblem(2, "territory", "'XX' is not an ISO 3166-1 country code."));
        }

        @ParameterizedTest
        @CsvSource({"UK, GB", "uk, GB", "KOR, KR", "EL, GR", "USA, US"})
        void commonMisspellingsOfCountriesGetAHint(String written, String meant) {
            assertThat(onlyProblem(SLUG + ",SVOD," + written + ",,2025-01-01,").message())
                    .isEqualTo("'" + written + "' is not an ISO 3166-1 country code. Did you mean " + meant + "?");
        }

        @Test
        void everyBadCountryIsReported() {
            AvailsParseResult result = parseRows(SLUG + ",SVOD,XX;KR;YY,ZZ,2025-01-01,");
            assertThat(result.problems()).extracting(AvailsProblem::column, AvailsProblem::message).containsExactly(
                    tuple("territory", "'XX' is not an ISO 3166-1 country code."),
                    tuple("territory", "'YY' is not an ISO 3166-1 country code."),
                    tuple("excluded_countries", "'ZZ' is not an ISO 3166-1 country code."));
        }

        @Test
        void worldwideWithCountries() {
            assertThat(onlyProblem(SLUG + ",SVOD,WORLDWIDE;KR,,2025-01-01,")).isEqualTo(new AvailsProblem(2, "territory",
                    "WORLDWIDE cannot be combined with country codes. List the countries to leave out under excluded_countries."));
        }

        @Test
        void unknownExcludedCountry() {
            assertThat(onlyProblem(SLUG + ",SVOD,WORLDWIDE,CN;WORLDWIDE,2025-01-01,"))
                    .isEqualTo(new AvailsProblem(2, "excluded_countries", "'WORLDWIDE' is not an ISO 3166-1 country code."));
        }

        @Test
        void exclusionsThatLeaveNoCountry() {
            assertThat(onlyProblem(SLUG + ",SVOD,KR;JP,JP;KR;CN,2025-01-01,")).isEqualTo(new AvailsProblem(2,
                    "excluded_countries", "The excluded countries leave no country in the territory."));
        }

        @Test
        void missingStartDate() {
            assertThat(onlyProblem(SLUG + ",SVOD,KR,,,2025-01-01"))
                    .isEqualTo(new AvailsProblem(2, "start_date", "The start date is missing."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"01/09/2025", "2025-9-1", "2025-13-01", "2023-02-29", "2025-01-01T00:00", "soon"})
        void startDateThatIsNotAnIsoDate(String date) {
            assertThat(onlyProblem(SLUG + ",SVOD,KR,," + date + ",")).isEqualTo(new AvailsProblem(2, "start_date",
                    "'" + date + "' is not a date written as year-month-day, such as 2025-09-01."));
        }

        @Test
        void leapDayIsADate() {
            assertThat(parseRows(SLUG + ",SVOD,KR,,2024-02-29,").rows()).hasSize(1);
        }

        @Test
        void endDateThatIsNotAnIsoDate() {
            assertThat(onlyProblem(SLUG + ",SVOD,KR,,2025-01-01,31.12.2025")).isEqualTo(new AvailsProblem(2, "end_date",
                    "'31.12.2025' is not a date written as year-month-day, such as 2025-09-01."));
        }

        @Test
        void endBeforeStart() {
            assertThat(onlyProblem(SLUG + ",SVOD,KR,,2025-06-01,2025-05-31")).isEqualTo(new AvailsProblem(2, "end_date",
                    "The end date 2025-05-31 is before the start date 2025-06-01."));
        }

        @Test
        void everyProblemOfOneLineIsReportedInColumnOrder() {
            AvailsParseResult result = parseRows(",VOD,UK,XX,2025-02-30,");
            assertThat(result.problems()).extracting(AvailsProblem::line).containsOnly(2);
            assertThat(result.problems()).extracting(AvailsProblem::column)
                    .containsExactly("title_slug", "right_type", "territory", "excluded_countries", "start_date");
        }

        @Test
        void tooManyOrTooFewValues() {
            AvailsParseResult result = parseRows(
                    SLUG + ",SVOD,KR,,2025-01-01,,extra",
                    SLUG + ",SVOD,KR,2025-01-01",
                    SLUG + ",SVOD,KR,,2025-01-01,");
            assertThat(result.problems()).containsExactly(
                    new AvailsProblem(2, null, "This line has 7 values, but the header row names 6 columns."),
                    new AvailsProblem(3, null, "This line has 4 values, but the header row names 6 columns."));
            assertThat(result.rows()).extracting(AvailsRow::line).containsExactly(4);
        }

        @Test
        void unmatchedQuotesSpoilOnlyTheirLine() {
            AvailsParseResult result = parseRows(
                    SLUG + ",SVOD,\"KR;JP,,2025-01-01,",
                    SLUG + ",SVOD,\"KR\"JP,,2025-01-01,",
                    SLUG + ",AVOD,KR,,2025-01-01,");
            assertThat(result.problems()).extracting(AvailsProblem::line, AvailsProblem::column)
                    .containsExactly(tuple(2, null), tuple(3, null));
            assertThat(result.problems().get(0).message()).startsWith("The double quotes on this line do not match.");
            assertThat(result.rows()).extracting(AvailsRow::line).containsExactly(4);
        }

        @Test
        void aRepeatedWindowIsReportedAgainstItsFirstLine() {
            AvailsParseResult result = parseRows(
                    SLUG + ",SVOD,KR;JP,,2025-01-01,",
                    SLUG + ",AVOD,KR;JP,,2025-01-01,",
                    SLUG + ",svod,jp kr,,2025-01-01,");
            assertThat(result.problems()).containsExactly(
                    new AvailsProblem(4, null, "This line repeats the rights window on line 2."));
            assertThat(result.rows()).extracting(AvailsRow::line).containsExactly(2, 3);
        }

        @Test
        void windowsDifferingOnlyInTheEndDateAreNotRepeats() {
            AvailsParseResult result = parseRows(
                    SLUG + ",SVOD,KR,,2025-01-01,",
                    SLUG + ",SVOD,KR,,2025-01-01,2025-12-31");
            assertThat(result.problems()).isEmpty();
            assertThat(result.rows()).hasSize(2);
        }
    }

    @Nested
    class ManyBadRows {

        @Test
        void everyBadRowIsReportedAndGoodRowsAreKept() {
            AvailsParseResult result = parse(HEADER + "\n"
                    + SLUG + ",EDUCATIONAL,WORLDWIDE,,2025-01-01,\n"           // 2 good
                    + SLUG + ",EDUCATIONL,KR,,2025-01-01,\n"                   // 3 right type
                    + "other-film,SVOD,KR;XX,,2025-01-01,\n"                   // 4 country
                    + "\n"                                                    // 5 blank
                    + "other-film,SVOD,KR,,2025-01-01,2024-01-01\n"            // 6 dates
                    + "other-film,SVOD,KR,,2025-01-01\n"                       // 7 field count
                    + "third-film,TVOD,US,,2025-01-01,2025-12-31\n"            // 8 good
                    + SLUG + ",EDUCATIONAL,WORLDWIDE,,2025-01-01,\n");         // 9 repeat of 2

            assertThat(result.problems()).extracting(AvailsProblem::line, AvailsProblem::column).containsExactly(
                    tuple(3, "right_type"),
                    tuple(4, "territory"),
                    tuple(6, "end_date"),
                    tuple(7, null),
                    tuple(9, null));
            assertThat(result.rows()).extracting(AvailsRow::line).containsExactly(2, 8);
            assertThat(result.hasProblems()).isTrue();
        }

        @Test
        void everyMessageIsAFinishedSentence() {
            AvailsParseResult result = parse("foo,title_slug,title_slug,,right_type\n");
            List<AvailsProblem> all = new ArrayList<>(result.problems());
            all.addAll(parse("").problems());
            all.addAll(parse(HEADER + "\n").problems());
            all.addAll(parse("a;b;c\n").problems());
            all.addAll(parseRows(",x,UK;WORLDWIDE,YY;KOR,x,y", ",SVOD,,,,", "a,SVOD,KR,KR,2025-01-01,2024-01-01",
                    "a,b", "\"a", "a,SVOD,KR,,2025-01-01,", "a,SVOD,KR,,2025-01-01,").problems());
            all.addAll(parser.checkSlugs(parseRows("a,SVOD,KR,,2025-01-01,").rows(), Set.of()));

            assertThat(all).hasSizeGreaterThan(15).allSatisfy(problem -> assertThat(problem.message())
                    .matches("^['A-Z].*[.?]$")
                    .doesNotContain("{", "}", "''", "null"));
        }
    }

    @Nested
    class Header {

        @Test
        void emptyFile() {
            assertThat(parse("").problems()).containsExactly(new AvailsProblem(1, null,
                    "The file is empty. It needs a header row naming the columns, then one line for each rights window."));
        }

        @Test
        void fileOfBlankLinesAndAByteOrderMark() {
            assertThat(parse("\uFEFF\r\n  \r\n\r\n").problems()).extracting(AvailsProblem::line).containsExactly(1);
        }

        @Test
        void headerWithoutRows() {
            AvailsParseResult result = parse(HEADER + "\r\n\r\n");
            assertThat(result.rows()).isEmpty();
            assertThat(result.problems()).containsExactly(
                    new AvailsProblem(1, null, "The file has a header row but no rights windows under it."));
        }

        @Test
        void missingRequiredColumnsAreAllReportedAndNoRowIsRead() {
            AvailsParseResult result = parse("title_slug,end_date\n" + SLUG + ",2025-01-01\n");
            assertThat(result.rows()).isEmpty();
            assertThat(result.problems()).containsExactly(
                    new AvailsProblem(1, "right_type", "The header row lacks the required column 'right_type'."),
                    new AvailsProblem(1, "territory", "The header row lacks the required column 'territory'."),
                    new AvailsProblem(1, "start_date", "The header row lacks the required column 'start_date'."));
        }

        @Test
        void aFirstLineOfDataInsteadOfAHeaderIsReportedAsLineOne() {
            AvailsParseResult result = parse(SLUG + ",SVOD,KR,,2025-01-01,\n");
            assertThat(result.problems()).extracting(AvailsProblem::line).containsOnly(1);
            assertThat(result.problems()).extracting(AvailsProblem::column)
                    .contains(SLUG, "SVOD", "title_slug", "right_type", "territory", "start_date");
        }

        @Test
        void unknownColumnsAreReportedButRowsAreStillChecked() {
            AvailsParseResult result = parse("title_slug,right_type,territory,start_date,notes\n"
                    + SLUG + ",SVOD,KR,2025-01-01,first window\n"
                    + SLUG + ",SVOD,XX,2025-01-01,typo\n");
            assertThat(result.problems()).containsExactly(
                    new AvailsProblem(1, "notes", "'notes' is not a column of an avails file. The columns are "
                            + "title_slug, right_type, territory, excluded_countries, start_date, end_date."),
                    new AvailsProblem(3, "territory", "'XX' is not an ISO 3166-1 country code."));
            assertThat(result.rows()).extracting(AvailsRow::line).containsExactly(2);
        }

        @Test
        void aColumnNamedTwice() {
            AvailsParseResult result = parse("title_slug,right_type,territory,start_date,Start_Date\n"
                    + SLUG + ",SVOD,KR,2025-01-01,2026-01-01\n");
            assertThat(result.problems()).containsExactly(new AvailsProblem(1, "start_date",
                    "The column 'start_date' appears more than once in the header row."));
        }

        @Test
        void aColumnWithoutName() {
            AvailsParseResult result = parse("title_slug,right_type,,territory,start_date\n");
            assertThat(result.problems()).contains(
                    new AvailsProblem(1, null, "Column 3 of the header row has no name."));
        }

        @Test
        void semicolonSeparatedFile() {
            AvailsParseResult result = parse("title_slug;right_type;territory;start_date\n"
                    + SLUG + ";SVOD;KR;2025-01-01\n");
            assertThat(result.rows()).isEmpty();
            assertThat(result.problems()).hasSize(1);
            assertThat(result.problems().get(0).line()).isEqualTo(1);
            assertThat(result.problems().get(0).message()).startsWith("The columns are separated by semicolons.");
        }

        @Test
        void malformedHeader() {
            AvailsParseResult result = parse("\"title_slug,right_type,territory,start_date\n");
            assertThat(result.problems()).extracting(AvailsProblem::line, AvailsProblem::column)
                    .containsExactly(tuple(1, null));
        }
    }

    @Nested
    class Slugs {

        @Test
        void unknownSlugsAreReportedOnTheirLineAndColumn() {
            AvailsParseResult result = parseRows(
                    SLUG + ",SVOD,KR,,2025-01-01,",
                    "kim-il-sung-children,SVOD,KR,,2025-01-01,",
                    SLUG + ",AVOD,KR,,2025-01-01,",
                    "Kim-Il-Sungs-Children,TVOD,KR,,2025-01-01,");

            assertThat(parser.checkSlugs(result.rows(), Set.of(SLUG, "another-film"))).containsExactly(
                    new AvailsProblem(3, "title_slug", "There is no title with the slug 'kim-il-sung-children'."),
                    new AvailsProblem(5, "title_slug", "There is no title with the slug 'Kim-Il-Sungs-Children'."));
        }

        @Test
        void knownSlugsRaiseNothing() {
            AvailsParseResult result = parseRows(SLUG + ",SVOD,KR,,2025-01-01,");
            assertThat(parser.checkSlugs(result.rows(), Set.of(SLUG))).isEmpty();
            assertThat(parser.checkSlugs(List.of(), Set.of())).isEmpty();
        }

        @Test
        void unknownSlugIsReportedEvenOnALineWithOtherMistakes() {
            AvailsParseResult result = parseRows("no-such-film,CINEMA,KR,,2025-01-01,");

            assertThat(result.rows()).isEmpty();
            assertThat(result.slugs()).containsExactly("no-such-film");
            assertThat(parser.checkSlugs(result, Set.of(SLUG))).containsExactly(
                    new AvailsProblem(2, "title_slug", "There is no title with the slug 'no-such-film'."));
        }
    }
}
