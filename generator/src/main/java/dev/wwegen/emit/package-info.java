/**
 * The only stage that writes files.
 *
 * <p>{@link dev.wwegen.emit.YamlWriter} turns a plain tree (maps, lists, strings, numbers, booleans, nulls) into
 * deterministic YAML text that YAML 1.1 and YAML 1.2 readers both read back as the same tree.
 * {@link dev.wwegen.emit.FileSet} holds the files one run produces, by relative path, and
 * {@link dev.wwegen.emit.Emitter} writes them under an output root: atomically (temp file, then rename), only over
 * files wwegen owns (listed in the {@code .wwegen-owned} ledger), deleting owned files that a regenerated scope no
 * longer produces, and never touching a file a user put there. Every other package hands its bytes to this one.
 *
 * <p>Output safety lives here, once, for every command that writes: {@code OutputRoot} is the only
 * way to a path under the root and never follows a link below it; {@code OutputLock} lets one run write a folder at
 * a time; {@code SetWriter} stages every file beside its target before the first rename, with a {@code Journal} that
 * lets {@code Recovery} in the next run finish or undo a run that was killed, so no owned file is ever left unowned.
 */
package dev.wwegen.emit;
