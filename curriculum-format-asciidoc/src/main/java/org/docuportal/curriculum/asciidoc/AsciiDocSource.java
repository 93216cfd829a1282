package org.docuportal.curriculum.asciidoc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.docuportal.curriculum.Timecode;

/**
 * A source's lines next to its Asciidoctor tree, for what the tree does not keep as written: the
 * words of a heading or a chapter before Asciidoctor's typography ({@code '} becomes {@code ’}), so
 * that a guide's outline reads the same in AsciiDoc as in Markdown, and the lines of header attributes.
 */
final class AsciiDocSource {

    /** A timecode as written in AsciiDoc: {@code HH:MM:SS}, not part of a longer run of digits and colons. */
    static final Pattern TIMECODE = Pattern.compile("(?<![\\d:])(\\d{2}):(\\d{2}):(\\d{2})(?![\\d:])");

    /** Anything an author meant as a timecode: three numbers joined by colons. */
    static final Pattern INTENDED = Pattern.compile("(?<![\\d:])\\d{1,3}:\\d{1,3}:\\d{1,3}(?![\\d:])");

    private static final Pattern HEADING = Pattern.compile("^=+\\s+(.*?)(?:\\s+=+)?\\s*$");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{([A-Za-z0-9_][A-Za-z0-9_-]*)}");

    /**
     * Asciidoctor's built-in character attributes, which it keeps outside the document's attributes:
     * templates write syntax characters with them so that they show as text.
     */
    private static final Map<String, String> CHARACTERS = Map.ofEntries(
            Map.entry("empty", ""), Map.entry("blank", ""), Map.entry("sp", " "), Map.entry("nbsp", "\u00a0"),
            Map.entry("zwsp", "\u200b"), Map.entry("wj", "\u2060"), Map.entry("apos", "'"), Map.entry("quot", "\""),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"), Map.entry("deg", "\u00b0"), Map.entry("plus", "+"), Map.entry("brvbar", "\u00a6"),
            Map.entry("vbar", "|"), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("startsb", "["), Map.entry("endsb", "]"), Map.entry("caret", "^"), Map.entry("asterisk", "*"),
            Map.entry("tilde", "~"), Map.entry("backslash", "\\"), Map.entry("backtick", "`"),
            Map.entry("two-colons", "::"), Map.entry("two-semicolons", ";;"), Map.entry("cpp", "C++"), Map.entry("pp", "++"));

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(\\d{1,7});");

    private final List<String> lines;
    private final Document document;

    AsciiDocSource(String source, Document document) {
        this.lines = source.lines().toList();
        this.document = document;
    }

    Document document() {
        return document;
    }

    /** The 1-based line a node starts on, or 0 when Asciidoctor kept none. */
    static int line(StructuralNode node) {
        return node.getSourceLocation() == null ? 0 : node.getSourceLocation().getLineNumber();
    }

    /** The line's text, or empty past the end. */
    String text(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    int lineCount() {
        return lines.size();
    }

    /** A section's heading as written, with attribute references resolved. */
    String heading(StructuralNode section) {
        Matcher m = HEADING.matcher(text(line(section)));
        return m.matches() ? resolve(m.group(1)) : section.getTitle();
    }

    /** The first line that sets the attribute {@code :name:}, if any. */
    Optional<Integer> attributeLine(String name) {
        String entry = ":" + name + ":";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals(entry) || line.startsWith(entry + " ")) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /** The line of the document title, {@code = Title}, if the header has one. */
    Optional<Integer> titleLine() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("= ")) {
                return Optional.of(i + 1);
            }
            if (line.startsWith("==")) {
                break;
            }
        }
        return Optional.empty();
    }

    /** An attribute's value as the author wrote it: Asciidoctor escapes {@code < > &} in header values. */
    Optional<String> attribute(String name) {
        Object value = document.getAttribute(name);
        return value == null ? Optional.empty() : Optional.of(unescape(value.toString()).strip()).filter(v -> !v.isEmpty());
    }

    /** Text as written, with references to the document's attributes ({@code {plus}}, {@code {film}}) replaced by their values. */
    String resolve(String written) {
        return ATTRIBUTE_REFERENCE.matcher(written).replaceAll(m -> {
            Object value = document.getAttribute(m.group(1));
            String resolved = value != null ? unescape(value.toString()) : CHARACTERS.getOrDefault(m.group(1), m.group());
            return Matcher.quoteReplacement(resolved);
        }).strip();
    }

    /** The timecode a {@link #TIMECODE} match stands for, or empty if its minutes or seconds reach 60. */
    static Optional<Timecode> timecode(Matcher match) {
        int h = Integer.parseInt(match.group(1));
        int m = Integer.parseInt(match.group(2));
        int s = Integer.parseInt(match.group(3));
        return m >= 60 || s >= 60 ? Optional.empty() : Optional.of(new Timecode(h * 3600 + m * 60 + s));
    }

    /**
     * Text as it reads: Asciidoctor writes {@code < > &} in attribute values as entities, and its
     * character attributes ({@code {plus}}, {@code {asterisk}}) as numeric references.
     */
    private static String unescape(String escaped) {
        String numeric = NUMERIC_REFERENCE.matcher(escaped).replaceAll(m -> {
            int codePoint = Integer.parseInt(m.group(1));
            return Matcher.quoteReplacement(Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : m.group());
        });
        return numeric.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
