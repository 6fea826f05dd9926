package dev.wwegen.dsl.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a model, a profile or an output: where it is, what is wrong and what to do.
 *
 * @param severity how bad it is
 * @param where    the input that holds the problem: {@code profiles/prod.yaml:12:5} for a file position,
 *                 {@code model wwe} for the Java model; never blank
 * @param path     the field inside that input: dotted for models and profiles ({@code ingress.host},
 *                 {@code components[wwe].ports[http].number}), a JSON pointer for Kubernetes objects
 *                 ({@code /spec/replicas})
 * @param reason   what is wrong, naming the value
 * @param hint     what to do about it; empty when there is nothing useful to say
 */
public record Finding(Severity severity, String where, String path, String reason, String hint) {

    /** Sorts findings for printing: by input, then path, then reason, so output is stable. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::where)
            .thenComparing(Finding::path)
            .thenComparing(Finding::reason);

    /**
     * Checks that severity, where and reason are given; a missing hint becomes empty.
     *
     * @param severity as the record component {@link #severity()}
     * @param where as the record component {@link #where()}
     * @param path as the record component {@link #path()}
     * @param reason as the record component {@link #reason()}
     * @param hint as the record component {@link #hint()}
     */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        requireText(where, "where");
        Objects.requireNonNull(path, "path");
        requireText(reason, "reason");
        hint = hint == null ? "" : hint;
    }

    /**
     * An error: the input cannot be used as it is.
     *
     * @param where the input and position
     * @param path the field
     * @param reason what is wrong
     * @param hint what to do
     * @return the finding
     */
    public static Finding error(String where, String path, String reason, String hint) {
        return new Finding(Severity.ERROR, where, path, reason, hint);
    }

    /**
     * A warning: the input works, but probably not as meant.
     *
     * @param where the input and position
     * @param path the field
     * @param reason what is wrong
     * @param hint what to do
     * @return the finding
     */
    public static Finding warning(String where, String path, String reason, String hint) {
        return new Finding(Severity.WARNING, where, path, reason, hint);
    }

    /**
     * Whether this finding stops the run.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The two-line form the CLI prints:
     * <pre>
     * error  profiles/prod.yaml:12:5 ingress.host: "WWE.Example.com" is not a DNS name
     *        hint: use lower case, e.g. wwe.example.com
     * </pre>
     *
     * @return the message, one or two lines
     */
    public String format() {
        String head = String.format("%-6s %s %s%s", severity.word(), where, path.isEmpty() ? "" : path + ": ", reason);
        return hint.isEmpty() ? head : head + "\n       hint: " + hint;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("finding " + field + " must not be blank");
        }
    }
}
