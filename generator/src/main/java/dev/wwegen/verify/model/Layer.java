package dev.wwegen.verify.model;

import java.util.Locale;

/** Which validation layer reported a finding, in the order the layers run. */
public enum Layer {
    /** YAML/JSON syntax, duplicate keys, documents that are not Kubernetes objects. */
    PARSE,
    /** The Kubernetes OpenAPI (strict), metadata formats, removed API versions, CRDs given with --crd. */
    SCHEMA,
    /** References between objects: Ingress → Service → pods, probes, NetworkPolicy, HPA and PDB targets. */
    CROSSREF,
    /** The hardening rules of policy-checks.md. */
    POLICY,
    /** kubeconform, run as a separate process. */
    KUBECONFORM;

    /** The lower-case name printed in reports. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
