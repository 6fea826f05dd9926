/**
 * Kubernetes-aware semantic diff of two manifest sets, the engine of {@code wwegen diff}.
 *
 * <p>{@link dev.wwegen.diff.ManifestReader} reads files and folders into a
 * {@link dev.wwegen.diff.ManifestSet}; {@link dev.wwegen.diff.ManifestDiffer} matches objects by
 * {@link dev.wwegen.diff.ObjectKey} (API group, kind, namespace, name; the version is not part of identity)
 * and compares them field by field, matching named list items by key; {@link dev.wwegen.diff.ArchitectureSummary}
 * says the result in architecture terms when wwegen generated both sides. One writer per output format
 * ({@link dev.wwegen.diff.TextDiffWriter}, {@link dev.wwegen.diff.MarkdownDiffWriter},
 * {@link dev.wwegen.diff.JsonDiffWriter}) prints a {@link dev.wwegen.diff.DiffReport}.
 *
 * <p>Secret values ({@code data}, {@code stringData}) never leave this package: their changes carry no values.
 * Nothing here writes files; reading manifests is the only I/O.
 */
package dev.wwegen.diff;
