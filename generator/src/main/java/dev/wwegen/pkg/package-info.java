/**
 * Release artifacts: the chart as a byte-reproducible {@code .tgz} with its SHA-256. Builds bytes only;
 * emit writes them.
 */
package dev.wwegen.pkg;
