package dev.wwegen.verify.input;

/**
 * The text of one input as it was validated: a file's content, standard input, or one template of a
 * rendered chart.
 *
 * @param name what reports call it: the path as given, {@code <stdin>}, or {@code CHART/templates/x.yaml}
 * @param text the YAML or JSON text
 */
public record Source(String name, String text) {
}
