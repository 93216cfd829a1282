package org.docuportal.curriculum;

import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The YAML block between the two {@code ---} lines that open a guide source, and the Markdown body
 * after it. SnakeYAML reads the block only as far as its node tree ({@code compose}), never into
 * objects, which keeps every value a string as written ({@code language: no} stays "no") and keeps
 * each key's line for problem reports.
 */
final class FrontMatter implements GuideHeader {

    private static final String FENCE = "---";

    /** The YAML starts after the opening fence, on the file's line 2. */
    private static final int YAML_LINE = 2;

    private final Map<String, String> values;
    private final Map<String, Integer> lines;
    private final String body;
    private final int bodyLine;

    private FrontMatter(Map<String, String> values, Map<String, Integer> lines, String body, int bodyLine) {
        this.values = values;
        this.lines = lines;
        this.body = body;
        this.bodyLine = bodyLine;
    }

    /** Splits a source and reads its front matter, adding what is wrong to the problems. */
    static FrontMatter read(String source, ProblemList problems) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            problems.add(1, "missing front matter: a guide starts with a '---' line, then "
                    + String.join(", ", KEYS) + ", then another '---' line");
            return new FrontMatter(Map.of(), Map.of(), text, 1);
        }
        int close = 1;
        while (close < lines.size() && !lines.get(close).strip().equals(FENCE)) {
            close++;
        }
        if (close == lines.size()) {
            problems.add(1, "the front matter that starts here is never closed by a '---' line");
            return new FrontMatter(Map.of(), Map.of(), "", lines.size() + 1);
        }
        String yaml = String.join("\n", lines.subList(1, close));
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        FrontMatter frontMatter = new FrontMatter(new LinkedHashMap<>(), new HashMap<>(), body, close + 2);
        frontMatter.readYaml(yaml, problems, close + 1);
        return frontMatter;
    }

    @Override
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The file line of a key, or of the opening {@code ---} if the key is missing. */
    @Override
    public int line(String key) {
        return lines.getOrDefault(key, 1);
    }

    /** The Markdown after the front matter. */
    String body() {
        return body;
    }

    /** The file line that {@link #body()} starts on. */
    int bodyLine() {
        return bodyLine;
    }

    private void readYaml(String yaml, ProblemList fileProblems, int closingLine) {
        ProblemList problems = fileProblems.from(YAML_LINE);
        Node root;
        try {
            root = new Yaml(loaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(mark == null ? 1 : mark.getLine() + 1, "front matter is not valid YAML: " + e.getProblem());
            return;
        } catch (RuntimeException e) {
            problems.add(1, "front matter is not valid YAML: " + e.getMessage());
            return;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(1, "front matter must be 'key: value' lines");
            return;
        }
        for (NodeTuple entry : mapping.getValue()) {
            readEntry(entry, problems);
        }
        for (String key : KEYS) {
            if (!lines.containsKey(key)) {
                fileProblems.add(closingLine, "missing front-matter key '" + key + "'");
            }
        }
    }

    private void readEntry(NodeTuple entry, ProblemList problems) {
        int line = entry.getKeyNode().getStartMark().getLine() + 1;
        if (!(entry.getKeyNode() instanceof ScalarNode keyNode)) {
            problems.add(line, "front-matter keys are single words such as 'title'");
            return;
        }
        String key = keyNode.getValue();
        if (!KEYS.contains(key)) {
            problems.add(line, "unknown front-matter key '" + key + "': the keys are " + String.join(", ", KEYS));
        } else if (lines.containsKey(key)) {
            problems.add(line, "front-matter key '" + key + "' appears twice");
        } else if (!(entry.getValueNode() instanceof ScalarNode value)) {
            problems.add(line, "front-matter key '" + key + "' must have a text value, not a list or map");
            lines.put(key, line + YAML_LINE - 1);
        } else {
            if (value.getValue().isBlank()) {
                problems.add(line, "front-matter key '" + key + "' is empty");
            }
            values.put(key, value.getValue());
            lines.put(key, line + YAML_LINE - 1);
        }
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(5);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(64 * 1024);
        return options;
    }
}
