package dev.wwegen.profile;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The hint for an unknown key or profile name: the allowed word it is probably a typo of, or the allowed words. */
final class KeySuggestion {

    private KeySuggestion() {
    }

    static String hint(String unknown, Collection<String> allowed) {
        if (unknown.equals("<<")) {
            return "YAML merge keys are not supported; use extends: <profile> to inherit values";
        }
        return closest(unknown, allowed).map(key -> "did you mean \"" + key + "\"?")
                .orElse("allowed keys here: " + String.join(", ", allowed));
    }

    /** The allowed word that {@code unknown} is most likely a typo of, ignoring case. */
    static Optional<String> closest(String unknown, Collection<String> allowed) {
        String lower = unknown.toLowerCase(Locale.ROOT);
        return allowed.stream()
                .filter(key -> distance(lower, key.toLowerCase(Locale.ROOT)) <= Math.max(1, Math.min(3, key.length() / 3)))
                .min(Comparator.comparingInt((String key) -> distance(lower, key.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one edit each. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
