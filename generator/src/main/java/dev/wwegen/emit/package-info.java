/**
 * The only stage that writes files.
 *
 * <p>{@link dev.wwegen.emit.YamlWriter} turns a plain tree (maps, lists, strings, numbers, booleans, nulls) into
 * deterministic YAML text that YAML 1.1 and YAML 1.2 readers both read back as the same tree.
 * {@link dev.wwegen.emit.FileSet} holds the files one run produces, by relative path, and
 * {@link dev.wwegen.emit.Emitter} writes them under an output root: atomically (temp file, then rename), only over
 * files wwegen owns (listed in the {@code .wwegen-owned} ledger), deleting owned files that a regenerated scope no
 * longer produces, and never touching a file a user put there. Every other package hands its bytes to this one.
 */
package dev.wwegen.emit;
