package org.docuportal.web.catalog.studio;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.docuportal.catalog.application.TitleDetails;
import org.docuportal.catalog.application.TitleForm;

/**
 * The repeated parts of a title's edit form (language versions, awards, press quotes) as rows the page
 * edits in small tables, and their conversion from the title and into the studio's form. Rows are plain
 * text as typed: the studio checks them, and names a bad one as {@code awards[1].festival}.
 */
public class ProgramRows implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<LanguageRow> languages = new ArrayList<>();
    private final List<AwardRow> awards = new ArrayList<>();
    private final List<QuoteRow> quotes = new ArrayList<>();

    static ProgramRows of(TitleDetails t) {
        ProgramRows rows = new ProgramRows();
        t.languageVersions().forEach(v -> rows.languages.add(new LanguageRow(v.language(), v.kind().name())));
        t.awards().forEach(a -> rows.awards.add(new AwardRow(String.valueOf(a.year()), a.festival(), a.result().name(), a.category())));
        t.pressQuotes().forEach(q -> rows.quotes.add(new QuoteRow(q.quote(), q.source(), q.language())));
        return rows;
    }

    /** The language rows that have any text, for the form. */
    List<TitleForm.Language> languageVersions() {
        return languages.stream().filter(r -> !blank(r.language)).map(r -> new TitleForm.Language(r.language, r.kind)).toList();
    }

    List<TitleForm.AwardEntry> awardEntries() {
        return awards.stream().filter(r -> !blank(r.festival) || !blank(r.year))
                .map(r -> new TitleForm.AwardEntry(year(r.year), r.festival, r.result, r.category)).toList();
    }

    List<TitleForm.Quote> pressQuotes() {
        return quotes.stream().filter(r -> !blank(r.quote) || !blank(r.source))
                .map(r -> new TitleForm.Quote(r.quote, r.source, r.language)).toList();
    }

    public void addLanguage() {
        languages.add(new LanguageRow("", "SUBTITLES"));
    }

    public void addAward() {
        awards.add(new AwardRow("", "", "OFFICIAL_SELECTION", ""));
    }

    public void addQuote() {
        quotes.add(new QuoteRow("", "", "en"));
    }

    public void removeLanguage(int index) {
        remove(languages, index);
    }

    public void removeAward(int index) {
        remove(awards, index);
    }

    public void removeQuote(int index) {
        remove(quotes, index);
    }

    public List<LanguageRow> getLanguages() {
        return languages;
    }

    public List<AwardRow> getAwards() {
        return awards;
    }

    public List<QuoteRow> getQuotes() {
        return quotes;
    }

    private static <T> void remove(List<T> list, int index) {
        if (index >= 0 && index < list.size()) {
            list.remove(index);
        }
    }

    /** A year as typed; text that is no number becomes an impossible year, which the studio refuses by name. */
    private static Integer year(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** One language version as typed. */
    public static class LanguageRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String language;
        private String kind;

        LanguageRow(String language, String kind) {
            this.language = language;
            this.kind = kind;
        }

        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
    }

    /** One award as typed. */
    public static class AwardRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String year;
        private String festival;
        private String result;
        private String category;

        AwardRow(String year, String festival, String result, String category) {
            this.year = year;
            this.festival = festival;
            this.result = result;
            this.category = category;
        }

        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getFestival() { return festival; }
        public void setFestival(String festival) { this.festival = festival; }
        public String getResult() { return result; }
        public void setResult(String result) { this.result = result; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
    }

    /** One press quote as typed. */
    public static class QuoteRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String quote;
        private String source;
        private String language;

        QuoteRow(String quote, String source, String language) {
            this.quote = quote;
            this.source = source;
            this.language = language;
        }

        public String getQuote() { return quote; }
        public void setQuote(String quote) { this.quote = quote; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language; }
    }
}
