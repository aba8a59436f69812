package com.abparts.machines.it.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of {@code /actuator/prometheus}: its samples, by metric name and labels. */
public final class Scrape {

    /** One line of the exposition format: {@code name{label="value",...} number}. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)(?: \\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    private final List<Sample> samples = new ArrayList<>();

    public Scrape(String exposition) {
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = LINE.matcher(line);
            if (!sample.matches()) {
                throw new AssertionError("not a sample line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
    }

    public List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** The samples of this metric whose labels include these. */
    public List<Sample> of(String name, Map<String, String> labels) {
        return samples.stream().filter(sample -> sample.name().equals(name) && sample.labels().entrySet().containsAll(labels.entrySet())).toList();
    }

    /** The sum of the samples {@link #of} finds: 0 when there are none. */
    public double sum(String name, Map<String, String> labels) {
        return of(name, labels).stream().mapToDouble(Sample::value).sum();
    }
}
