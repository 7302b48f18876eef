package dev.dynamobao.test.internal;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Which backend to start, read from JUnit configuration parameters, which fall back to system
 * properties ({@code -Dbao.backend=...}).
 *
 * @param kind           the backend
 * @param endpoint       the endpoint of {@link BackendKind#ENDPOINT}
 * @param localStackImage the Docker image of {@link BackendKind#LOCALSTACK}
 */
public record BackendSettings(BackendKind kind, Optional<URI> endpoint, String localStackImage) {

    /** Names the backend: {@code embedded} (default), {@code localstack} or {@code endpoint}. */
    public static final String BACKEND_PROPERTY = "bao.backend";
    /** The endpoint of the {@code endpoint} backend, e.g. {@code http://127.0.0.1:8000}. */
    public static final String ENDPOINT_PROPERTY = "bao.endpoint";
    /** Overrides the LocalStack image. */
    public static final String LOCALSTACK_IMAGE_PROPERTY = "bao.localstack.image";
    /** The LocalStack image used unless {@value #LOCALSTACK_IMAGE_PROPERTY} names another. */
    public static final String DEFAULT_LOCALSTACK_IMAGE = "localstack/localstack:4.4";

    /**
     * Reads the settings.
     *
     * @throws ExtensionConfigurationException when the backend is unknown or an endpoint is missing or malformed
     */
    public static BackendSettings from(Function<String, Optional<String>> parameters) {
        BackendKind kind = BackendKind.parse(parameters.apply(BACKEND_PROPERTY).orElse(null));
        Optional<URI> endpoint = parameters.apply(ENDPOINT_PROPERTY).filter(value -> !value.isBlank())
                .map(BackendSettings::endpoint);
        if (kind == BackendKind.ENDPOINT && endpoint.isEmpty()) {
            throw new ExtensionConfigurationException(BACKEND_PROPERTY + "=endpoint needs " + ENDPOINT_PROPERTY
                    + "=http://host:port (a running DynamoDB-compatible endpoint)");
        }
        String image = parameters.apply(LOCALSTACK_IMAGE_PROPERTY).filter(value -> !value.isBlank())
                .orElse(DEFAULT_LOCALSTACK_IMAGE);
        return new BackendSettings(kind, endpoint, image);
    }

    private static URI endpoint(String value) {
        try {
            URI uri = URI.create(value.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(ENDPOINT_PROPERTY + " '" + value
                    + "' is not an endpoint URI; write it like http://127.0.0.1:8000", e);
        }
    }
}
