package dev.dynamobao.test.internal;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Builds DynamoDB clients for a DynamoDB-compatible endpoint with static credentials. */
public final class EndpointClients {

    /** The region used with local endpoints. */
    public static final String LOCAL_REGION = "us-east-1";

    private EndpointClients() {
    }

    /** A client for a local endpoint, with fake credentials and region {@value #LOCAL_REGION}. */
    public static DynamoDbClient create(URI endpoint) {
        return create(endpoint, LOCAL_REGION, "dynamobao", "dynamobao");
    }

    /** A client for {@code endpoint} with the given region and static credentials. */
    public static DynamoDbClient create(URI endpoint, String region, String accessKey, String secretKey) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
