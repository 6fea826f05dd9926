/**
 * Environment profiles: the YAML files that set a deployment's values (replicas, hosts, image,
 * resources, back-end URLs, ...) without changing the model's structure.
 *
 * <p>{@link dev.wwegen.profile.ProfileLoader} reads a profile from a {@link dev.wwegen.profile.ProfileSource}
 * (a folder, or the copy bundled in the jar), follows its {@code extends} chain down to the bundled
 * {@code wwegen/defaults.yaml}, deep-merges the files and binds the result to the immutable
 * {@link dev.wwegen.profile.Profile} record. Bad input never throws: every problem becomes a
 * {@link dev.wwegen.dsl.check.Finding} with the file, line and column that caused it.
 */
package dev.wwegen.profile;
