package dev.wwegen.verify.policy;

/** How policy findings count: not at all, as warnings (exit 0), or as errors (exit 1, the default). */
public enum PolicyMode {
    OFF, WARN, ERROR
}
