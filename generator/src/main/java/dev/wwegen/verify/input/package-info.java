/**
 * What {@code wwegen validate} reads: files, folders (recursively), standard input ({@code -}) and Helm
 * charts (a folder with Chart.yaml, or a .tgz) rendered through helm-java with the given values files.
 * Turns every input into {@link dev.wwegen.verify.input.Source}s (named text, kept for kubeconform) and
 * {@link dev.wwegen.verify.model.Resource}s, with parse-layer findings for what cannot be read as objects.
 */
package dev.wwegen.verify.input;
