package dev.dynamobao.enhancer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Matches binary class names against glob patterns, to leave some entity classes unenhanced (they
 * then use the engine's snapshot comparison). In a pattern, {@code *} matches any run of characters
 * except {@code .}, and {@code **} any run including {@code .}; everything else matches itself.
 *
 * <ul>
 *   <li>{@code com.acme.legacy.*} — the classes of package {@code com.acme.legacy} (nested classes
 *       included, sub-packages not);</li>
 *   <li>{@code com.acme.legacy.**} — that package and its sub-packages;</li>
 *   <li>{@code com.acme.model.Invoice} — one class;</li>
 *   <li>{@code com.acme.**Snapshot*} — classes whose simple name contains {@code Snapshot}.</li>
 * </ul>
 */
public final class ClassNameFilter {

    private static final ClassNameFilter NONE = new ClassNameFilter(List.of(), List.of());

    private final List<String> globs;
    private final List<Pattern> patterns;

    private ClassNameFilter(List<String> globs, List<Pattern> patterns) {
        this.globs = List.copyOf(globs);
        this.patterns = List.copyOf(patterns);
    }

    /** A filter that matches no class. */
    public static ClassNameFilter none() {
        return NONE;
    }

    /**
     * A filter matching any of {@code globs}; blank entries are ignored.
     *
     * @throws IllegalArgumentException when a pattern contains characters that cannot occur in a
     *     binary class name (other than the wildcards)
     */
    public static ClassNameFilter of(List<String> globs) {
        if (globs == null || globs.isEmpty()) {
            return NONE;
        }
        List<String> kept = new ArrayList<>();
        List<Pattern> compiled = new ArrayList<>();
        for (String glob : globs) {
            if (glob == null || glob.isBlank()) {
                continue;
            }
            String trimmed = glob.trim();
            kept.add(trimmed);
            compiled.add(compile(trimmed));
        }
        return kept.isEmpty() ? NONE : new ClassNameFilter(kept, compiled);
    }

    /** Whether {@code className} (binary name, e.g. {@code a.b.Outer$Inner}) matches a pattern. */
    public boolean matches(String className) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(className).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the filter has no pattern. */
    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** The patterns as given (trimmed). */
    public List<String> globs() {
        return globs;
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    regex.append(".*");
                    i++;
                } else {
                    regex.append("[^.]*");
                }
            } else if (Character.isJavaIdentifierPart(c) || c == '.') {
                regex.append(c == '.' || c == '$' ? "\\" + c : String.valueOf(c));
            } else {
                throw new IllegalArgumentException("Invalid exclude pattern '" + glob + "': '" + c + "' cannot occur in a"
                        + " class name; use a binary class name with * (within a package) or ** (across packages)");
            }
        }
        return Pattern.compile(regex.toString());
    }

    @Override
    public String toString() {
        return "ClassNameFilter" + globs;
    }
}
