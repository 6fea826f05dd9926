package dev.wwegen.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The shape a profile key must have: the closed set of types {@link ProfileSchema} is built from and
 * {@link NodeChecker} checks YAML nodes against.
 */
sealed interface FieldType permits FieldType.Struct, FieldType.ListOf, FieldType.MapOf,
        FieldType.Text, FieldType.Int, FieldType.Bool {

    /** A mapping with a fixed set of keys, in the order {@code profiles show} prints them. */
    record Struct(Map<String, Field> fields) implements FieldType {
        public Struct {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** A list whose items all have one type. */
    record ListOf(FieldType item) implements FieldType {
    }

    /** A mapping with free keys in a given format. */
    record MapOf(TextFormat key, FieldType value) implements FieldType {
    }

    /** A string in a given format. */
    record Text(TextFormat format) implements FieldType {
    }

    /** A whole number between {@code min} and {@code max}; {@code hint} says what to do when it is outside. */
    record Int(long min, long max, String hint) implements FieldType {
    }

    /** {@code true} or {@code false}. */
    record Bool() implements FieldType {
    }

    /** A key of a {@link Struct}: its type and whether an explicit {@code null} (unset) is allowed. */
    record Field(FieldType type, boolean nullable) {
    }

    /** A problem with a value: what is wrong and what to do. */
    record Problem(String reason, String hint) {
    }

    /** Checks a string's format; empty when the string is fine. */
    @FunctionalInterface
    interface TextFormat {
        Optional<Problem> check(String value);
    }
}
