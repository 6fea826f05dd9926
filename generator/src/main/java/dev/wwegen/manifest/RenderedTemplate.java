package dev.wwegen.manifest;

/**
 * The rendered text of one template of a chart, as {@code helm template} printed it.
 *
 * @param name {@code <chart path>/templates/x.yaml}, from Helm's {@code # Source:} comment
 * @param text the YAML documents that template rendered, each starting with {@code ---}
 */
public record RenderedTemplate(String name, String text) {
}
