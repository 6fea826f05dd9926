package dev.wwegen.verify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of a Kubernetes resource quantity ({@code 100m}, {@code 128Mi}, {@code 1.5}, {@code 1e3}).
 *
 * <p>The grammar is the one documented on {@code io.k8s.apimachinery.pkg.api.resource.Quantity}:
 * a signed decimal number, then either a binary suffix (Ki … Ei), a decimal suffix (m, k, M … E)
 * or a decimal exponent. The bundled OpenAPI types Quantity only as {@code string}, so without this
 * check {@code 128MB} would pass and fail later at {@code kubectl apply}.
 */
final class QuantityFormat {

    private static final Pattern QUANTITY = Pattern.compile(
            "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[mkMGTPE]|[eE][+-]?[0-9]+)?");

    /** Catches the usual slip of writing bytes the way disks are sold: {@code 128MB}, {@code 1GB}, {@code 512mb}. */
    private static final Pattern BYTES_SUFFIX = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([kKmMgGtTpPeE])[iI]?[bB]");

    private QuantityFormat() {
    }

    static boolean isValid(String text) {
        return QUANTITY.matcher(text).matches();
    }

    /** A corrected value for a common mistake, e.g. {@code 128Mi} for {@code 128MB}. */
    static Optional<String> suggestionFor(String text) {
        Matcher bytes = BYTES_SUFFIX.matcher(text.trim());
        if (bytes.matches()) {
            String unit = bytes.group(2).toUpperCase(java.util.Locale.ROOT);
            return Optional.of(bytes.group(1) + (unit.equals("K") ? "Ki" : unit + "i"));
        }
        String trimmed = text.trim();
        return !trimmed.equals(text) && isValid(trimmed) ? Optional.of(trimmed) : Optional.empty();
    }
}
