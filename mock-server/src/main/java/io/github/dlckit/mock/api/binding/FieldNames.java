package io.github.dlckit.mock.api.binding;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known field a misspelt one most likely meant ({@code PodCont} → {@code PodCount}). */
final class FieldNames {

    private FieldNames() {
    }

    /**
     * @param name the unknown name
     * @param known the names the shape has
     * @return the closest known name, when it is close enough to be a typo (or differs only in case)
     */
    static Optional<String> nearest(String name, Collection<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), bestDistance);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, Math.min(name.length(), 64) / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance; names over 64 characters are no typo of a field name and are cut short. */
    private static int distance(String a, String b, int giveUpAbove) {
        String s = a.length() > 64 ? a.substring(0, 64) : a;
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = s.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > giveUpAbove) {
                return Integer.MAX_VALUE;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
