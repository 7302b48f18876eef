package dev.dynamobao.enhancer.internal;

import dev.dynamobao.BaoException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Thrown when one or more entity classes cannot be enhanced; the message names each class and why. */
public final class EnhancementFailedException extends BaoException {

    private static final long serialVersionUID = 1L;

    private final List<String> failedClasses;

    EnhancementFailedException(Map<String, Throwable> failures) {
        super(describe(failures), failures.values().iterator().next());
        this.failedClasses = List.copyOf(failures.keySet());
        failures.values().stream().skip(1).forEach(this::addSuppressed);
    }

    /** Binary names of the classes that could not be enhanced. */
    public List<String> failedClasses() {
        return failedClasses;
    }

    private static String describe(Map<String, Throwable> failures) {
        return failures.entrySet().stream()
                .map(entry -> "  " + entry.getKey() + ": " + reason(entry.getValue()))
                .collect(Collectors.joining("\n",
                        "Dirty-tracking enhancement failed for " + failures.size() + " class(es):\n", ""));
    }

    private static String reason(Throwable failure) {
        String message = failure.getMessage();
        return message == null ? failure.getClass().getName() : failure.getClass().getSimpleName() + ": " + message;
    }
}
