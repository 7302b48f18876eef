package dev.dynamobao.engine.internal.query.cursor;

import dev.dynamobao.engine.internal.key.LayoutAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One-number codes for the key attribute names a {@code LastEvaluatedKey} can hold
 * ({@code LAYOUT.md} §2), so a cursor need not spell them out. Code {@link #CUSTOM} means the
 * name follows as text.
 */
final class KeyAttributeCodes {
    /** Marks an attribute name that has no code and is written out. */
    static final int CUSTOM = 31;

    private static final List<String> NAMES = LayoutAttributes.keyAttributes();
    private static final Map<String, Integer> CODES = new HashMap<>();

    static {
        for (int i = 0; i < NAMES.size(); i++) {
            CODES.put(NAMES.get(i), i);
        }
    }

    private KeyAttributeCodes() {
    }

    /** The code of {@code name}, or {@link #CUSTOM} when it has none. */
    static int codeOf(String name) {
        return CODES.getOrDefault(name, CUSTOM);
    }

    /** The name with code {@code code}, or {@code null} when the code is unknown. */
    static String nameOf(int code) {
        return code >= 0 && code < NAMES.size() ? NAMES.get(code) : null;
    }
}
