package dev.wwegen.dsl.internal;

/**
 * Where in the user's source a DSL object was made: the first stack frame outside the DSL.
 *
 * @param className the class that made the DSL call, e.g. {@code com.example.Estate}
 * @param fileName  its source file's simple name, e.g. {@code Estate.java}; empty when unknown
 * @param line      the line of the call; 0 when unknown
 */
public record CallSite(String className, String fileName, int line) {

    /** {@code Estate.java:42}. */
    @Override
    public String toString() {
        return (fileName.isEmpty() ? className : fileName) + (line > 0 ? ":" + line : "");
    }
}
