package dev.wwegen.dsl.check;

/** How bad a {@link Finding} is; only {@link #ERROR} makes a command fail (exit 1, or 2 for input). */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word printed at the start of a finding line. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
