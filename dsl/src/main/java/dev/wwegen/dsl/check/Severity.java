package dev.wwegen.dsl.check;

/** How bad a {@link Finding} is; only {@link #ERROR} makes a command fail (exit 1, or 2 for input). */
public enum Severity {
    /** Stops the run (exit code 2 for input, 1 for output). */
    ERROR,
    /** Reported; stops the run only with {@code failOnWarnings}. */
    WARNING,
    /** For information. */
    INFO;

    /**
     * The lower-case word printed at the start of a finding line.
     *
     * @return {@code error}, {@code warning} or {@code info}
     */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
