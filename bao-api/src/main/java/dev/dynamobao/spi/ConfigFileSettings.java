package dev.dynamobao.spi;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The runtime settings of a {@code dynamo-bao.yaml} file with the environment applied, as a
 * {@link ConfigFileProvider} returns them.
 *
 * @param source where the settings were read from (a path or {@code classpath:dynamo-bao.yaml}), or
 *     {@code null} when no file was found and these are the defaults and the environment
 * @param region {@code aws.region} (dynamo-bao's default {@code us-west-2}, or {@code AWS_REGION})
 * @param endpoint {@code aws.endpoint} (or {@code AWS_ENDPOINT_URL_DYNAMODB}), {@code null} for the SDK's default
 * @param table {@code db.tableName} (default {@code dynamo-bao-dev}, or {@code DYNAMO_BAO_TABLE})
 * @param requireBatchContext {@code batchContext.requireBatchContext} (or {@code DYNAMO_BAO_REQUIRE_BATCH_CONTEXT=true})
 * @param tenancyEnabled {@code tenancy.enabled} (or {@code DYNAMO_BAO_TENANCY_ENABLED=true})
 */
public record ConfigFileSettings(String source, String region, URI endpoint, String table,
        boolean requireBatchContext, boolean tenancyEnabled) {

    /** Checks that region and table are given. */
    public ConfigFileSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(table, "table");
    }

    /** Where the settings were read from, empty when no file was found. */
    public Optional<String> sourceDescription() {
        return Optional.ofNullable(source);
    }
}
