package dev.dynamobao.test.internal;

import dev.dynamobao.test.Capability;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Which backend to start, read from JUnit configuration parameters, which fall back to system
 * properties ({@code -Dbao.backend=...}).
 *
 * @param kind           the backend
 * @param endpoint       the endpoint of {@link BackendKind#ENDPOINT}
 * @param localStackImage the Docker image of {@link BackendKind#LOCALSTACK}
 * @param missing        the capabilities an {@code endpoint} or {@code localstack} backend is declared to lack
 */
public record BackendSettings(BackendKind kind, Optional<URI> endpoint, String localStackImage, Set<Capability> missing) {

    /** Names the backend: {@code moto} (default), {@code localstack} or {@code endpoint}. */
    public static final String BACKEND_PROPERTY = "bao.backend";
    /** The endpoint of the {@code endpoint} backend, e.g. {@code http://127.0.0.1:8000}. */
    public static final String ENDPOINT_PROPERTY = "bao.endpoint";
    /** Overrides the LocalStack image. */
    public static final String LOCALSTACK_IMAGE_PROPERTY = "bao.localstack.image";
    /**
     * The {@link Capability capabilities} an {@code endpoint} or {@code localstack} backend lacks, comma
     * separated (e.g. {@code TRANSACT_WRITE_CONSUMED_CAPACITY,SIZE_IN_FILTER_OVER_MISSING_ATTRIBUTE} for an endpoint
     * served by moto); the {@code moto} backend knows its own.
     */
    public static final String MISSING_PROPERTY = "bao.backend.missing";
    /** The LocalStack image used unless {@value #LOCALSTACK_IMAGE_PROPERTY} names another. */
    public static final String DEFAULT_LOCALSTACK_IMAGE = "localstack/localstack:4.4";

    /**
     * Reads the settings.
     *
     * @throws ExtensionConfigurationException when the backend or a capability is unknown, or an endpoint is missing or malformed
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
        Set<Capability> missing = parameters.apply(MISSING_PROPERTY).map(BackendSettings::capabilities)
                .orElse(EnumSet.noneOf(Capability.class));
        return new BackendSettings(kind, endpoint, image, missing);
    }

    private static Set<Capability> capabilities(String value) {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        for (String name : value.split(",")) {
            String wanted = name.strip().toUpperCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            capabilities.add(Arrays.stream(Capability.values()).filter(c -> c.name().equals(wanted)).findFirst()
                    .orElseThrow(() -> new ExtensionConfigurationException("Unknown capability '" + name.strip() + "' in "
                            + MISSING_PROPERTY + "; valid values: " + Arrays.stream(Capability.values())
                            .map(Capability::name).collect(Collectors.joining(", ")))));
        }
        return capabilities;
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
