package dev.dynamobao;

import java.util.List;

/**
 * DynamoDB kept throttling (or leaving keys unprocessed) after every configured retry.
 * {@link #unprocessedIds()} names the primary ids that were not read or written.
 */
public class ThrottledException extends BaoException {
    private static final long serialVersionUID = 1L;

    private final List<String> unprocessedIds;

    /** Creates the exception naming what was left unprocessed. */
    public ThrottledException(String message, List<String> unprocessedIds, Throwable cause) {
        super(message, cause);
        this.unprocessedIds = List.copyOf(unprocessedIds);
    }

    /** Primary ids left unprocessed after the last retry. */
    public List<String> unprocessedIds() {
        return unprocessedIds;
    }
}
