package dev.dynamobao.test.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The backends {@code bao.backend} can name. */
public enum BackendKind {
    /** moto, served faithfully by a child process of the test JVM (default). */
    MOTO,
    /** LocalStack in Docker, through Testcontainers. */
    LOCALSTACK,
    /** Any running DynamoDB-compatible endpoint given by {@code bao.endpoint}. */
    ENDPOINT;

    /** The value as written in {@code bao.backend}. */
    public String propertyValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The backend named by {@code value}; blank means {@link #MOTO}.
     *
     * @throws ExtensionConfigurationException for an unknown name, listing the valid ones
     */
    public static BackendKind parse(String value) {
        if (value == null || value.isBlank()) {
            return MOTO;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.propertyValue().equals(wanted)).findFirst()
                .orElseThrow(() -> new ExtensionConfigurationException("Unknown " + BackendSettings.BACKEND_PROPERTY
                        + " '" + value + "'; valid values: " + validValues()));
    }

    /** The valid values, comma separated. */
    public static String validValues() {
        return Arrays.stream(values()).map(BackendKind::propertyValue).collect(Collectors.joining(", "));
    }
}
