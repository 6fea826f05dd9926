/**
 * Model rules: each {@link dev.wwegen.dsl.check.Rule} protects one invariant of an
 * {@link dev.wwegen.dsl.model.Architecture} and reports every violation as a
 * {@link dev.wwegen.dsl.check.Finding}; {@link dev.wwegen.dsl.check.ModelCheck} runs them all.
 */
package dev.wwegen.dsl.check;
