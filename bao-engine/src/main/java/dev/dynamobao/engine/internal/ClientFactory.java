package dev.dynamobao.engine.internal;

import dev.dynamobao.BaoConfiguration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the client when the configuration gives none: the endpoint override if any (with fake
 * credentials when none are configured, as local emulators need none), else the SDK defaults.
 */
final class ClientFactory {

    private ClientFactory() {
    }

    static DynamoDbClient create(BaoConfiguration configuration) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder();
        configuration.region().ifPresent(region -> builder.region(Region.of(region)));
        configuration.endpoint().ifPresent(endpoint -> {
            builder.endpointOverride(endpoint);
            if (configuration.region().isEmpty() && System.getenv("AWS_REGION") == null) {
                builder.region(Region.US_EAST_1);
            }
            builder.credentialsProvider(localCredentials());
        });
        return builder.build();
    }

    private static AwsCredentialsProvider localCredentials() {
        if (System.getenv("AWS_ACCESS_KEY_ID") != null || System.getProperty("aws.accessKeyId") != null) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("dynamobao", "dynamobao"));
    }
}
