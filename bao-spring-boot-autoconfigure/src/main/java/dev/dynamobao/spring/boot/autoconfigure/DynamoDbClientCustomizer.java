package dev.dynamobao.spring.boot.autoconfigure;

import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * A bean that adjusts the builder of the auto-configured {@code DynamoDbClient} (HTTP client,
 * credentials, override configuration) after region and endpoint were applied. Not called when
 * the application defines its own {@code DynamoDbClient} bean.
 */
@FunctionalInterface
public interface DynamoDbClientCustomizer {

    /** Adjusts {@code builder}; called in {@code @Order} order. */
    void customize(DynamoDbClientBuilder builder);
}
