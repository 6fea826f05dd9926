/**
 * Resolve: model + profile → {@link dev.wwegen.resolve.Release}, the fully decided values renderers
 * read. Pure: no I/O, no fabric8.
 */
package dev.wwegen.resolve;
