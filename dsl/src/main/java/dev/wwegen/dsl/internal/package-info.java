/**
 * Internal to wwegen: not part of the public API, may change in any release. The public API is
 * {@code dev.wwegen.dsl.model} (the DSL), {@code dev.wwegen.dsl.check} (findings) and
 * {@code dev.wwegen.dsl.reference} (the reference model); the generator's public entry point is
 * {@code dev.wwegen.api}.
 */
package dev.wwegen.dsl.internal;
