package dev.dynamobao;

/**
 * The factory configuration is incomplete or inconsistent (no client, no table name, no engine on the class path).
 */
public class ConfigurationException extends BaoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming model, key and field. */
    public ConfigurationException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
