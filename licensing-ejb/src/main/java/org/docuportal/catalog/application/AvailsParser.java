package org.docuportal.catalog.application;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;

/**
 * Reads an avails CSV file (one rights window per line, see {@code docs/avails-csv.md}) and says
 * everything that is wrong with it at once, so that a distributor fixes the file in one round.
 *
 * <p>The file is split into physical lines before Commons CSV reads each line. No value of an
 * avails file may span lines, and splitting first keeps line numbers exact and confines a stray
 * quote to the line it is on instead of swallowing the rest of the file.
 *
 * <p>Whether the titles exist is not checked here, since that needs the catalog: pass the rows
 * and the known slugs to {@link #checkSlugs}. Messages come from the {@code AvailsMessages}
 * bundle in the parser's locale. Instances are immutable and may be shared.
 */
public final class AvailsParser {

    private static final String WORLDWIDE = "WORLDWIDE";
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[;,\\s]+");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true) // so that a quoted value may follow ", "
            .get();
    private static final Map<String, String> LIKELY_MEANT = likelyMeantCountryCodes();

    private final ResourceBundle messages;

    /** A parser that writes its messages in English. */
    public AvailsParser() {
        this(Locale.ENGLISH);
    }

    public AvailsParser(Locale locale) {
        this.messages = ResourceBundle.getBundle("org.docuportal.catalog.application.AvailsMessages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Reads the whole file and returns every correct row and every problem; it never stops at the first one.
     *
     * @throws IOException only when the reader fails; a badly written file is reported as problems
     */
    public AvailsParseResult parse(Reader reader) throws IOException {
        List<String> lines = lines(reader);
        List<AvailsProblem> problems = new ArrayList<>();
        List<AvailsRow> rows = new ArrayList<>();
        Map<Integer, String> slugsByLine = new LinkedHashMap<>();

        int headerIndex = 0;
        while (headerIndex < lines.size() && lines.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            problems.add(new AvailsProblem(1, null, message("file.empty")));
            return new AvailsParseResult(rows, problems, slugsByLine);
        }
        int headerLine = headerIndex + 1;
        Header header = readHeader(lines.get(headerIndex), headerLine, problems);
        if (header == null) {
            return new AvailsParseResult(rows, problems, slugsByLine);
        }

        Map<WindowKey, Integer> firstLineOf = new HashMap<>();
        boolean anyRow = false;
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            List<String> values = values(text);
            if (values == null) {
                problems.add(new AvailsProblem(line, null, message("line.malformed")));
                anyRow = true;
                continue;
            }
            if (values.stream().allMatch(String::isBlank)) {
                continue; // spreadsheets save empty rows as ",,,,,"
            }
            anyRow = true;
            if (values.size() != header.width()) {
                problems.add(new AvailsProblem(line, null,
                        message("line.fieldCount", values.size(), header.width())));
                continue;
            }
            String slug = header.value(values, AvailsColumn.TITLE_SLUG);
            if (!slug.isEmpty()) {
                slugsByLine.put(line, slug);
            }
            AvailsRow row = readRow(line, header, values, problems);
            if (row == null) {
                continue;
            }
            WindowKey key = new WindowKey(row.titleSlug(), row.rightType(), row.territory(), row.startDate(), row.endDate());
            Integer first = firstLineOf.putIfAbsent(key, line);
            if (first != null) {
                problems.add(new AvailsProblem(line, null, message("line.duplicate", first)));
            } else {
                rows.add(row);
            }
        }
        if (!anyRow) {
            problems.add(new AvailsProblem(headerLine, null, message("file.noRows")));
        }
        return new AvailsParseResult(rows, problems, slugsByLine);
    }

    /**
     * One problem for each line, good or bad otherwise, whose title slug is not among the known
     * ones, so that a distributor sees an unknown title even on a line with other mistakes.
     */
    public List<AvailsProblem> checkSlugs(AvailsParseResult parsed, Set<String> knownSlugs) {
        return parsed.slugsByLine().entrySet().stream()
                .filter(entry -> !knownSlugs.contains(entry.getValue()))
                .map(entry -> new AvailsProblem(entry.getKey(), AvailsColumn.TITLE_SLUG.header(),
                        message("slug.unknown", entry.getValue())))
                .toList();
    }

    /** One problem for each row whose title slug is not among the known ones. */
    public List<AvailsProblem> checkSlugs(List<AvailsRow> rows, Set<String> knownSlugs) {
        return rows.stream()
                .filter(row -> !knownSlugs.contains(row.titleSlug()))
                .map(row -> new AvailsProblem(row.line(), AvailsColumn.TITLE_SLUG.header(),
                        message("slug.unknown", row.titleSlug())))
                .toList();
    }

    // ------------------------------------------------------------------ header

    /** Which value of a line holds which column. */
    private record Header(Map<AvailsColumn, Integer> positions, int width) {

        String value(List<String> values, AvailsColumn column) {
            Integer position = positions.get(column);
            return position == null ? "" : values.get(position).strip();
        }
    }

    /** The header, or null when rows cannot be read because it is unreadable or lacks a required column. */
    private Header readHeader(String text, int line, List<AvailsProblem> problems) {
        List<String> names = values(text);
        if (names == null) {
            problems.add(new AvailsProblem(line, null, message("line.malformed")));
            return null;
        }
        if (names.size() == 1 && names.get(0).contains(";")) {
            problems.add(new AvailsProblem(line, null, message("header.semicolons")));
            return null;
        }
        Map<AvailsColumn, Integer> positions = new EnumMap<>(AvailsColumn.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.isEmpty()) {
                problems.add(new AvailsProblem(line, null, message("header.blankColumn", i + 1)));
                continue;
            }
            AvailsColumn column = AvailsColumn.fromHeader(name).orElse(null);
            if (column == null) {
                problems.add(new AvailsProblem(line, name, message("header.unknownColumn", name, columnList())));
            } else if (positions.putIfAbsent(column, i) != null) {
                problems.add(new AvailsProblem(line, column.header(), message("header.duplicateColumn", column.header())));
            }
        }
        boolean complete = true;
        for (AvailsColumn column : AvailsColumn.values()) {
            if (column.isRequired() && !positions.containsKey(column)) {
                problems.add(new AvailsProblem(line, column.header(), message("header.missingColumn", column.header())));
                complete = false;
            }
        }
        return complete ? new Header(positions, names.size()) : null;
    }

    private String columnList() {
        return Arrays.stream(AvailsColumn.values()).map(AvailsColumn::header).collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------ rows

    /** The row, or null after adding its problems. */
    private AvailsRow readRow(int line, Header header, List<String> values, List<AvailsProblem> problems) {
        int before = problems.size();
        LineProblems report = (column, key, args) ->
                problems.add(new AvailsProblem(line, column.header(), message(key, args)));

        String slug = header.value(values, AvailsColumn.TITLE_SLUG);
        if (slug.isEmpty()) {
            report.add(AvailsColumn.TITLE_SLUG, "value.missing.title_slug");
        }
        RightType rightType = rightType(header.value(values, AvailsColumn.RIGHT_TYPE), report);
        Territory territory = territory(header.value(values, AvailsColumn.TERRITORY),
                header.value(values, AvailsColumn.EXCLUDED_COUNTRIES), report);
        LocalDate start = date(header.value(values, AvailsColumn.START_DATE), AvailsColumn.START_DATE, report);
        LocalDate end = date(header.value(values, AvailsColumn.END_DATE), AvailsColumn.END_DATE, report);
        if (start != null && end != null && end.isBefore(start)) {
            report.add(AvailsColumn.END_DATE, "value.endBeforeStart", end, start);
        }
        if (problems.size() > before) {
            return null;
        }
        return new AvailsRow(line, slug, rightType, territory, start, end);
    }

    @FunctionalInterface
    private interface LineProblems {
        void add(AvailsColumn column, String key, Object... args);
    }

    private RightType rightType(String value, LineProblems report) {
        if (value.isEmpty()) {
            report.add(AvailsColumn.RIGHT_TYPE, "value.missing.right_type");
            return null;
        }
        // Accept the labels distributors write ("Non-theatrical", "Linear TV") as well as the names.
        String name = value.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (RightType type : RightType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        String names = Arrays.stream(RightType.values()).map(RightType::name).collect(Collectors.joining(", "));
        report.add(AvailsColumn.RIGHT_TYPE, "value.rightType", value, names);
        return null;
    }

    private Territory territory(String included, String excluded, LineProblems report) {
        List<String> tokens = tokens(included);
        boolean worldwide = tokens.stream().anyMatch(WORLDWIDE::equalsIgnoreCase);
        Set<CountryCode> countries = null;
        if (tokens.isEmpty()) {
            report.add(AvailsColumn.TERRITORY, "value.missing.territory");
        } else if (worldwide && tokens.size() > 1) {
            report.add(AvailsColumn.TERRITORY, "value.worldwideWithCountries");
        } else {
            countries = worldwide ? Set.of() : countries(tokens, AvailsColumn.TERRITORY, report);
        }
        Set<CountryCode> exclusions = countries(tokens(excluded), AvailsColumn.EXCLUDED_COUNTRIES, report);
        if (countries == null || exclusions == null) {
            return null;
        }
        try {
            return new Territory(worldwide, countries, exclusions);
        } catch (IllegalArgumentException e) {
            // The only rule the checks above leave to Territory: the exclusions must leave a country.
            report.add(AvailsColumn.EXCLUDED_COUNTRIES, "value.nothingLeft");
            return null;
        }
    }

    /** The codes, or null after reporting each one that is not a country. */
    private Set<CountryCode> countries(List<String> tokens, AvailsColumn column, LineProblems report) {
        Set<CountryCode> codes = new TreeSet<>();
        boolean valid = true;
        for (String token : tokens) {
            if (CountryCode.isValid(token)) {
                codes.add(CountryCode.of(token));
                continue;
            }
            valid = false;
            String meant = LIKELY_MEANT.get(token.toUpperCase(Locale.ROOT));
            if (meant != null) {
                report.add(column, "value.country.didYouMean", token, meant);
            } else {
                report.add(column, "value.country", token);
            }
        }
        return valid ? codes : null;
    }

    private static List<String> tokens(String value) {
        return Arrays.stream(CODE_SEPARATORS.split(value.strip())).filter(t -> !t.isEmpty()).toList();
    }

    private LocalDate date(String value, AvailsColumn column, LineProblems report) {
        if (value.isEmpty()) {
            if (column.isRequired()) {
                report.add(column, "value.missing." + column.header());
            }
            return null;
        }
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            report.add(column, "value.date", value);
            return null;
        }
    }

    /** What makes two rows state the same window. */
    private record WindowKey(String slug, RightType type, Territory territory, LocalDate start, LocalDate end) {
    }

    // ------------------------------------------------------------------ text

    private static List<String> lines(Reader reader) throws IOException {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        String content = text.toString();
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        return List.of(LINE_BREAK.split(content, -1));
    }

    /** The values of one line, or null when its quotes do not match. */
    private static List<String> values(String line) {
        try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** Codes distributors write for a country that ISO 3166-1 alpha-2 spells otherwise. */
    private static Map<String, String> likelyMeantCountryCodes() {
        Map<String, String> meant = new HashMap<>();
        for (String code : CountryCode.all()) {
            meant.put(new Locale("", code).getISO3Country(), code);
        }
        meant.put("UK", "GB");
        meant.put("EL", "GR");
        return Map.copyOf(meant);
    }

    private String message(String key, Object... args) {
        Object[] texts = Arrays.stream(args).map(Objects::toString).toArray();
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(texts);
    }
}
