package dev.dynamobao.codegen.internal.yaml;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for a misspelled name: the closest known name within a small edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The known name closest to {@code typed}, if one is close enough to be a likely typo. */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String a = typed.toLowerCase(Locale.ROOT);
            String b = candidate.toLowerCase(Locale.ROOT);
            int distance = a.equals(b) ? 0 : distance(a, b);
            if (distance > 1 && (subsequence(a, b) || subsequence(b, a))) {
                distance -= 2; // "StrField" is an abbreviation of "StringField" rather than a typo of "TtlField"
            }
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, typed.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** {@code did you mean "x"?} or {@code use one of: a, b, c}. */
    public static String fix(String typed, Collection<String> known) {
        return closest(typed, known).map(s -> "did you mean \"" + s + "\"?")
                .orElse("use one of: " + String.join(", ", known));
    }

    private static boolean subsequence(String shorter, String longer) {
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            if (shorter.charAt(i) == longer.charAt(j)) {
                i++;
            }
        }
        return i == shorter.length();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
