package dev.wwegen.verify;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name a mistyped one was most likely meant to be, for "did you mean" hints.
 *
 * <p>Uses the optimal-string-alignment distance (Levenshtein plus adjacent swaps), compared case
 * insensitively, because the common mistakes in manifests are one extra, missing or swapped letter
 * and wrong case ({@code imagePullPolicyy}, {@code contianerPort}, {@code prefix}); failing that, a
 * known name the typo starts with ({@code serviceName} → {@code service}).
 */
final class ClosestName {

    private ClosestName() {
    }

    /** The candidate nearest to {@code typo}, if it is close enough to be a plausible typo. */
    static Optional<String> to(String typo, Collection<String> candidates) {
        String wanted = typo.toLowerCase(Locale.ROOT);
        // Allow about one edit per three letters, at least one and at most three, so short names
        // don't match everything and long ones still tolerate a couple of slips.
        int limit = Math.max(1, Math.min(3, wanted.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (bestDistance <= limit) {
            return Optional.of(best);
        }
        // Renamed fields often keep a stem: v1beta1's serviceName became v1's service.
        return candidates.stream()
                .filter(c -> c.length() >= 4 && wanted.startsWith(c.toLowerCase(Locale.ROOT)))
                .max(java.util.Comparator.comparingInt(String::length));
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
