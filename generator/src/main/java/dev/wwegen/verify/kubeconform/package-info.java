/**
 * The kubeconform layer: runs the kubeconform binary as a process when it is on the PATH or given
 * ({@link dev.wwegen.verify.kubeconform.KubeconformRunner}), parses its JSON output
 * ({@link dev.wwegen.verify.kubeconform.KubeconformOutput}), and writes the per-kind JSON schemas it
 * reads from the same bundled OpenAPI wwegen uses ({@link dev.wwegen.verify.kubeconform.SchemaExport}),
 * so it runs offline. Its absence is never an error, only a skipped layer.
 */
package dev.wwegen.verify.kubeconform;
