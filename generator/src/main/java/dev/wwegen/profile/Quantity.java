package dev.wwegen.profile;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 500m}, {@code 128Mi}, {@code 1.5}, {@code 2e3}) with its
 * exact numeric value, so a limit can be compared with a request written in another unit.
 *
 * @param text   as written in the profile, and as it will be written to the manifests
 * @param amount the value in base units (cores or bytes), exact
 */
public record Quantity(String text, BigDecimal amount) implements Comparable<Quantity> {

    private static final Pattern FORM = Pattern.compile(
            "([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][-+]?[0-9]+)?");
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE), Map.entry("n", new BigDecimal("1e-9")),
            Map.entry("u", new BigDecimal("1e-6")), Map.entry("m", new BigDecimal("1e-3")),
            Map.entry("k", new BigDecimal("1e3")), Map.entry("M", new BigDecimal("1e6")),
            Map.entry("G", new BigDecimal("1e9")), Map.entry("T", new BigDecimal("1e12")),
            Map.entry("P", new BigDecimal("1e15")), Map.entry("E", new BigDecimal("1e18")),
            Map.entry("Ki", BigDecimal.valueOf(2).pow(10)), Map.entry("Mi", BigDecimal.valueOf(2).pow(20)),
            Map.entry("Gi", BigDecimal.valueOf(2).pow(30)), Map.entry("Ti", BigDecimal.valueOf(2).pow(40)),
            Map.entry("Pi", BigDecimal.valueOf(2).pow(50)), Map.entry("Ei", BigDecimal.valueOf(2).pow(60)));

    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(amount, "amount");
    }

    /** Parses a non-negative quantity; empty when the text is not one. */
    public static Optional<Quantity> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String suffix = m.group(2) == null ? "" : m.group(2);
        BigDecimal number = new BigDecimal(m.group(1));
        BigDecimal factor = suffix.startsWith("e") || suffix.startsWith("E")
                ? new BigDecimal("1" + suffix.toLowerCase(java.util.Locale.ROOT)) : SUFFIXES.get(suffix);
        return Optional.of(new Quantity(text, number.multiply(factor)));
    }

    /** Quantities compare by value: {@code 1Gi} is more than {@code 1000Mi}. */
    @Override
    public int compareTo(Quantity other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return text;
    }
}
