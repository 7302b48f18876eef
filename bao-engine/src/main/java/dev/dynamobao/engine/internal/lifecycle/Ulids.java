package dev.dynamobao.engine.internal.lifecycle;

import com.github.f4b6a3.ulid.UlidCreator;
import java.util.regex.Pattern;

/** Monotonic ULID generation and validation (26 upper-case Crockford base32 characters). */
public final class Ulids {

    private static final Pattern ULID = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Z]{25}");

    private Ulids() {
    }

    /** A new monotonic ULID. */
    public static String next() {
        return UlidCreator.getMonotonicUlid().toString();
    }

    /** Whether {@code text} is a well-formed ULID. */
    public static boolean isValid(String text) {
        return text != null && ULID.matcher(text).matches();
    }
}
