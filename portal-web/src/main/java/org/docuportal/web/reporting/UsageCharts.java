package org.docuportal.web.reporting;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.docuportal.reporting.domain.TitleMonthUsage;
import org.docuportal.reporting.domain.WatchTime;

/**
 * Chart.js configurations for PrimeFaces 15's {@code <p:chart value="...">}, which takes the chart
 * as raw JSON. They are built with Jakarta JSON Processing, which the server already has, rather
 * than with an extra chart-model library: the two charts need a dozen keys.
 *
 * <p>PrimeFaces writes the JSON into an inline script as it is, so every {@code <} is escaped: a film
 * title such as {@code </script>} stays text.
 */
final class UsageCharts {

    /** Colours of the portal's palette, one per film in the monthly chart, repeated beyond eight films. */
    private static final List<String> COLOURS = List.of("#1f5f8b", "#c0392b", "#27856a", "#8e5ea2", "#d68910", "#5d6d7e",
            "#2e86c1", "#a04000");

    private static final int LINE = 24;

    private UsageCharts() {
    }

    /**
     * Plays (left axis) and minutes watched (right axis) per film over the whole period, as bars.
     *
     * @param labels the texts: "plays", "minutes", "film", in the reader's language
     */
    static String perTitle(List<TitleMonthUsage> usage, Labels labels) {
        Map<String, long[]> byTitle = new LinkedHashMap<>();
        for (TitleMonthUsage row : usage) {
            long[] sums = byTitle.computeIfAbsent(row.title(), t -> new long[2]);
            sums[0] += row.plays();
            sums[1] += row.secondsWatched();
        }
        JsonArrayBuilder titles = Json.createArrayBuilder();
        JsonArrayBuilder plays = Json.createArrayBuilder();
        JsonArrayBuilder minutes = Json.createArrayBuilder();
        byTitle.forEach((title, sums) -> {
            titles.add(lines(title));
            plays.add(sums[0]);
            minutes.add(WatchTime.minutes(sums[1]));
        });
        JsonObject data = Json.createObjectBuilder()
                .add("labels", titles)
                .add("datasets", Json.createArrayBuilder()
                        .add(dataset(labels.plays(), plays, COLOURS.get(0)).add("yAxisID", "plays"))
                        .add(dataset(labels.minutes(), minutes, COLOURS.get(1)).add("yAxisID", "minutes")))
                .build();
        JsonObject scales = Json.createObjectBuilder()
                .add("plays", axis("left", labels.plays()))
                .add("minutes", axis("right", labels.minutes()).add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)))
                .build();
        return write(config("bar", data, scales));
    }

    /** Plays per month, one stacked bar per month, one colour per film. */
    static String perMonth(List<TitleMonthUsage> usage, Labels labels) {
        TreeSet<String> months = new TreeSet<>();
        Map<String, Map<String, Long>> playsByTitle = new LinkedHashMap<>();
        for (TitleMonthUsage row : usage) {
            months.add(row.month().toString());
            playsByTitle.computeIfAbsent(row.title(), t -> new LinkedHashMap<>()).merge(row.month().toString(), row.plays(), Long::sum);
        }
        JsonArrayBuilder monthLabels = Json.createArrayBuilder();
        months.forEach(monthLabels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<String> titles = new ArrayList<>(playsByTitle.keySet());
        for (int i = 0; i < titles.size(); i++) {
            Map<String, Long> perMonth = playsByTitle.get(titles.get(i));
            JsonArrayBuilder values = Json.createArrayBuilder();
            months.forEach(month -> values.add(perMonth.getOrDefault(month, 0L)));
            datasets.add(dataset(titles.get(i), values, COLOURS.get(i % COLOURS.size())));
        }
        JsonObject data = Json.createObjectBuilder().add("labels", monthLabels).add("datasets", datasets).build();
        JsonObject scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", axis("left", labels.plays()).add("stacked", true))
                .build();
        return write(config("bar", data, scales));
    }

    /** A long film title as lines of about {@value #LINE} characters, which Chart.js stacks under its bar instead of slanting it. */
    static JsonArrayBuilder lines(String title) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : title.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() >= LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return lines.add(line.toString());
    }

    /** The words on the charts. */
    record Labels(String plays, String minutes) {
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
    }

    private static JsonObjectBuilder axis(String position, String title) {
        return Json.createObjectBuilder().add("position", position).add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    private static JsonObject config(String type, JsonObject data, JsonObject scales) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", data)
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", scales)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build();
    }

    private static String write(JsonObject config) {
        StringWriter out = new StringWriter();
        Json.createWriter(out).write(config);
        // Inside JSON, '<' only occurs in strings, where \u003c means the same.
        return out.toString().replace("<", "\\u003c");
    }
}
