package org.docuportal.curriculum.asciidoc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.docuportal.curriculum.ProblemList;

/**
 * The ways AsciiDoc lets an author put text into the page unescaped, and how the format keeps them
 * out: {@link #report} names each one as a problem when a guide is read, and {@link #defuse} rewrites
 * the source before every parse so that whatever slipped through is shown as text. Asciidoctor's
 * {@code secure} safe mode does not do this: it guards the server's files, not the page.
 *
 * <ul>
 * <li>inline passthroughs, {@code +++x+++} and {@code pass:[x]};</li>
 * <li>passthrough blocks, between {@code ++++} lines or styled {@code [pass]};</li>
 * <li>a block's own substitutions, {@code [subs=-specialchars]}, which can switch escaping off.</li>
 * </ul>
 *
 * <p>Lines of listing, literal and comment blocks are left alone: Asciidoctor shows them verbatim.
 */
final class Passthroughs {

    private static final Pattern INLINE = Pattern.compile("\\+\\+\\+|\\bpass:[a-z,]*\\[");
    private static final Pattern BLOCK_DELIMITER = Pattern.compile("^\\+{4,}\\s*$");
    private static final Pattern PASS_STYLE = Pattern.compile("^\\[\\s*pass(?=[\\s,.#%\\]])");
    private static final Pattern SUBS = Pattern.compile("^\\[(?!\\[).*\\bsubs\\s*=.*]\\s*$");
    private static final Pattern VERBATIM_DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|/{4,})\\s*$");

    private Passthroughs() {
    }

    /** Adds a problem for every passthrough in the source, at its line. */
    static void report(List<String> lines, ProblemList problems) {
        boolean[] verbatim = verbatim(lines);
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            if (verbatim[i]) {
                continue;
            }
            String line = lines.get(i);
            Matcher inline = INLINE.matcher(line);
            if (BLOCK_DELIMITER.matcher(line).matches()) {
                if (!inBlock) {
                    problems.add(i + 1, "passthrough block '++++' is not allowed: a guide's text is shown as written, never as markup");
                }
                inBlock = !inBlock;
            } else if (PASS_STYLE.matcher(line).find()) {
                problems.add(i + 1, "passthrough style '[pass]' is not allowed: a guide's text is shown as written, never as markup");
            } else if (SUBS.matcher(line).matches()) {
                problems.add(i + 1, "substitutions ('subs=') are not allowed: they can switch the escaping of markup off");
            } else if (inline.find()) {
                problems.add(i + 1, "passthrough '" + inline.group()
                        + "' is not allowed: a guide's text is shown as written, never as markup");
            }
        }
    }

    /**
     * The source with every passthrough made harmless, line for line: inline ones written with
     * Asciidoctor's built-in {@code {plus}} and {@code {empty}} (resolved after Asciidoctor looked for
     * passthroughs, so they show as text), {@code ++++} blocks as literal blocks, {@code [pass]} as
     * {@code [literal]} and {@code subs=} renamed so that Asciidoctor ignores it.
     */
    static String defuse(String source) {
        List<String> lines = source.lines().toList();
        boolean[] verbatim = verbatim(lines);
        List<String> defused = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (verbatim[i]) {
                defused.add(line);
            } else if (BLOCK_DELIMITER.matcher(line).matches()) {
                defused.add(".".repeat(line.strip().length()));
            } else {
                String safe = INLINE.matcher(line).replaceAll(m -> m.group().startsWith("+")
                        ? Matcher.quoteReplacement("{plus}{plus}{plus}")
                        : Matcher.quoteReplacement("pass{empty}" + m.group().substring(4)));
                safe = PASS_STYLE.matcher(safe).replaceFirst("[literal");
                if (SUBS.matcher(safe).matches()) {
                    safe = safe.replaceAll("\\bsubs\\s*=", "ignored-subs=");
                }
                defused.add(safe);
            }
        }
        return String.join("\n", defused) + "\n";
    }

    /** Which lines Asciidoctor reads verbatim: inside listing, literal and comment blocks, and line comments. */
    static boolean[] verbatim(List<String> lines) {
        boolean[] verbatim = new boolean[lines.size()];
        String open = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (open != null) {
                verbatim[i] = true;
                if (line.strip().equals(open)) {
                    open = null;
                }
            } else if (VERBATIM_DELIMITER.matcher(line).matches()) {
                verbatim[i] = true;
                open = line.strip();
            } else {
                verbatim[i] = line.startsWith("//");
            }
        }
        return verbatim;
    }
}
