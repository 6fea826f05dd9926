package dev.wwegen.resolve;

/**
 * A pod toleration; empty strings and a null {@code seconds} are left out of the rendered object.
 *
 * @param key      taint key, empty with operator Exists to tolerate everything
 * @param operator Exists or Equal
 * @param value    taint value for Equal
 * @param effect   NoSchedule, PreferNoSchedule, NoExecute or empty for all
 * @param seconds  how long a NoExecute taint is tolerated, null for ever
 */
public record Toleration(String key, String operator, String value, String effect, Long seconds) {
}
