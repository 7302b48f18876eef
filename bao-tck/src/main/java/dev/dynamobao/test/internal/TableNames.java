package dev.dynamobao.test.internal;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the table names of test classes and tests unique in the JVM: {@code bao-<Class>-<n>} or
 * {@code bao-<Class>-<method>-<n>}; on a backend other JVMs share, a run id is appended so that
 * tables left by an aborted run never collide.
 */
public final class TableNames {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN_ID = UUID.randomUUID().toString().substring(0, 8);
    private static final int MAX_LENGTH = 255;

    private TableNames() {
    }

    /** The next name for a table of {@code testClass} (and {@code method}, when not {@code null}). */
    public static String next(Class<?> testClass, String method, boolean privateBackend) {
        StringBuilder name = new StringBuilder("bao-").append(clean(testClass.getSimpleName()));
        if (method != null) {
            name.append('-').append(clean(method));
        }
        String suffix = "-" + COUNTER.incrementAndGet() + (privateBackend ? "" : "-" + RUN_ID);
        int room = MAX_LENGTH - suffix.length();
        return (name.length() > room ? name.substring(0, room) : name) + suffix;
    }

    /** Keeps the characters DynamoDB allows in table names ({@code [A-Za-z0-9_.-]}). */
    private static String clean(String part) {
        String cleaned = part.replaceAll("[^A-Za-z0-9_.-]", "_");
        return cleaned.isEmpty() ? "Test" : cleaned;
    }
}
