/**
 * The typed model of a WWE deployment: components, namespaces, the ingress chain and numbered
 * connections. Immutable records whose fluent methods return changed copies; no I/O, no fabric8, no YAML.
 */
package dev.wwegen.dsl.model;
