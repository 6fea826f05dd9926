/**
 * Verification of generated output against what a cluster would accept.
 *
 * <p>The schema layer lives here: {@link dev.wwegen.verify.KubernetesSchema} indexes the Kubernetes
 * 1.34 OpenAPI that fabric8's kubernetes-model-validator bundles, and
 * {@link dev.wwegen.verify.SchemaValidator} checks a manifest against it strictly and offline
 * (unknown fields, types, required fields, enums, quantities, removed API versions), turning every
 * problem into a {@link dev.wwegen.dsl.check.Finding} with a JSON-pointer path and a hint.
 *
 * <p>fabric8's own {@code Validator} is deliberately not used: it lets unknown kinds and every
 * {@code *.k8s.io} group pass silently and rejects integers in int-or-string and quantity fields.
 */
package dev.wwegen.verify;
