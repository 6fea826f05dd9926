/**
 * The policy layer: the hardening rules of {@code reference/policy-checks.md} (restricted Pod Security
 * Standard, and what kube-linter, kube-score, Polaris and Checkov agree on), one class per row, each
 * named after the invariant it protects and carrying the peers' ids. Where the peers disagree, the
 * class's javadoc says which side wwegen takes. {@link dev.wwegen.verify.policy.PolicyRules} lists them.
 */
package dev.wwegen.verify.policy;
