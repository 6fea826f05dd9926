package dev.wwegen.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chart's fixed files: templates, helpers, NOTES.txt, the test pod and .helmignore. They are
 * resources of wwegen ({@code wwegen/chart/}), copied byte for byte; nothing from the model or a
 * profile is ever pasted into them, so no user string can become template code. Everything that varies
 * reaches the templates through values.
 */
final class ChartTemplates {

    static final String ROOT = "wwegen/chart/";

    /** Resource name → path inside the chart folder. */
    private static final List<String> TEMPLATES = List.of("_helpers.tpl", "serviceaccount.yaml", "configmap.yaml",
            "service.yaml", "deployment.yaml", "hpa.yaml", "pdb.yaml", "gateway.yaml", "httproute.yaml", "route.yaml", "ingress.yaml", "networkpolicy.yaml",
            "NOTES.txt", "tests/test-connection.yaml", "tests/test-networkpolicy.yaml");

    private ChartTemplates() {
    }

    /** Chart-relative path → bytes, in a fixed order. */
    static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(".helmignore", read("helmignore"));
        for (String template : TEMPLATES) {
            files.put("templates/" + template, read("templates/" + template));
        }
        return files;
    }

    private static byte[] read(String name) {
        try (InputStream in = ChartTemplates.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException(ROOT + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the chart resource " + ROOT + name, e);
        }
    }
}
