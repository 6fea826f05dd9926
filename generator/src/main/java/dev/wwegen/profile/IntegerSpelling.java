package dev.wwegen.profile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The numeric value behind other spellings of a number ({@code 8080.0}, {@code 1e5}, {@code 1_000},
 * {@code 0x1F}), so an integer field can say exactly what to write instead.
 */
final class IntegerSpelling {

    private IntegerSpelling() {
    }

    /** The number a YAML 1.1 or 1.2 parser would read, or empty when the text is not a number. */
    static Optional<BigDecimal> valueOf(String text) {
        if (PlainScalar.yaml11(text) != PlainScalar.Kind.NUMBER && PlainScalar.yaml12(text) != PlainScalar.Kind.NUMBER) {
            return Optional.empty();
        }
        String clean = text.replace("_", "");
        boolean negative = clean.startsWith("-");
        String digits = clean.replaceFirst("^[-+]", "");
        try {
            BigDecimal value;
            if (digits.startsWith("0x")) {
                value = new BigDecimal(new BigInteger(digits.substring(2), 16));
            } else if (digits.startsWith("0o")) {
                value = new BigDecimal(new BigInteger(digits.substring(2), 8));
            } else if (digits.startsWith("0b")) {
                value = new BigDecimal(new BigInteger(digits.substring(2), 2));
            } else {
                value = new BigDecimal(digits);
            }
            return Optional.of(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            // .inf, .nan and sexagesimal 1:30 are numbers to YAML but have no useful integer spelling
            return Optional.of(BigDecimal.valueOf(0.5));
        }
    }

    /** What to write instead: the plain decimal, or a whole number when the value is not one. */
    static String hint(BigDecimal value) {
        try {
            return "write " + value.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return "write a whole number";
        }
    }
}
