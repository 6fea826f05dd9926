/**
 * Verification of generated output against what a cluster would accept.
 *
 * <p>The schema layer lives here: {@link dev.wwegen.verify.KubernetesSchema} indexes the Kubernetes
 * 1.34 OpenAPI that fabric8's kubernetes-model-validator bundles, and
 * {@link dev.wwegen.verify.SchemaValidator} checks a manifest against it strictly and offline
 * (unknown fields, types, required fields, enums, quantities, removed API versions), turning every
 * problem into a {@link dev.wwegen.dsl.check.Finding} with a JSON-pointer path and a hint.
 *
 * <p>{@link dev.wwegen.verify.Validator} runs the in-process layers of {@code wwegen validate} and
 * {@code wwegen generate}: {@link dev.wwegen.verify.SchemaLayer} (schema, metadata formats, CRDs, removed
 * API versions for a target {@link dev.wwegen.verify.KubernetesVersion}), then the sub-packages
 * {@code crossref} and {@code policy}; {@code input} reads what is validated, {@code kubeconform} runs the
 * external tool and exports schemas for it, {@code report} writes the results, and {@code model} holds what
 * they share.
 *
 * <p>fabric8's own {@code Validator} is deliberately not used: it lets unknown kinds and every
 * {@code *.k8s.io} group pass silently and rejects integers in int-or-string and quantity fields.
 */
package dev.wwegen.verify;
