package dev.dynamobao.benchmarks.update;

import com.github.f4b6a3.ulid.UlidCreator;
import dev.dynamobao.Bao;
import dev.dynamobao.CounterWrites;
import dev.dynamobao.BaoEntityManagerFactory;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * A real SDK {@link DynamoDbClient} over a {@link StubHttpClient}, a factory on it, and the
 * hand-written requests the engine is compared with. Everything the SDK does for a call
 * (marshalling, signing, response parsing) runs; only the network is missing.
 */
public final class StubbedBao implements AutoCloseable {

    /** The table name of every request. */
    public static final String TABLE = "t";

    private final StubHttpClient http;
    private final DynamoDbClient client;
    private final BaoEntityManagerFactory bao;

    /** Builds the client and a factory for {@code entities}. */
    public StubbedBao(boolean keepBodies, Class<?>... entities) {
        this(keepBodies, CounterWrites.EXACTLY_ONCE, entities);
    }

    /** Builds the client and a factory for {@code entities} sending counter increments as {@code counterWrites} says. */
    public StubbedBao(boolean keepBodies, CounterWrites counterWrites, Class<?>... entities) {
        http = new StubHttpClient(keepBodies);
        client = DynamoDbClient.builder().httpClient(http).region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://localhost:8000"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .build();
        bao = Bao.configure().client(client).table(TABLE).entities(entities).counterWrites(counterWrites).build();
    }

    /** The stub HTTP client (request and byte counts). */
    public StubHttpClient http() {
        return http;
    }

    /** The SDK client. */
    public DynamoDbClient client() {
        return client;
    }

    /** The factory. */
    public BaoEntityManagerFactory bao() {
        return bao;
    }

    /** Fills every string field {@code f01..} of a new wide entity, as a 30-attribute item would be. */
    public static <W extends Wide> W filled(W entity) {
        for (java.lang.reflect.Method setter : entity.getClass().getMethods()) {
            if (setter.getName().matches("setF\\d\\d") && setter.getParameterCount() == 1) {
                try {
                    setter.invoke(entity, "initial value of " + setter.getName().substring(3));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return entity;
    }

    /**
     * What a careful developer writes by hand for "set f07 of this versioned item": SET the field
     * and a fresh ULID version, on the condition that the stored version is the one read.
     * ({@code version = :old} already fails for a missing item, so no existence check is needed.)
     *
     * @param withCapacity whether to also ask for {@code ReturnConsumedCapacity: TOTAL}, as the
     *     engine always does to report capacity per entity and unit of work
     * @return the new version
     */
    public String handWrittenUpdate(String prefix, String id, String value, String loadedVersion, boolean withCapacity) {
        String newVersion = UlidCreator.getMonotonicUlid().toString();
        UpdateItemResponse response = client.updateItem(request -> request.tableName(TABLE)
                .key(Map.of("_pk", AttributeValue.fromS(prefix + "#" + id), "_sk", AttributeValue.fromS(prefix)))
                .updateExpression("SET #f = :f, #v = :nv")
                .conditionExpression("#v = :ov")
                .expressionAttributeNames(Map.of("#f", "f07", "#v", "version"))
                .expressionAttributeValues(Map.of(":f", AttributeValue.fromS(value), ":nv", AttributeValue.fromS(newVersion),
                        ":ov", AttributeValue.fromS(loadedVersion)))
                .returnConsumedCapacity(withCapacity ? ReturnConsumedCapacity.TOTAL : null));
        if (response == null) {
            throw new IllegalStateException("no response");
        }
        return newVersion;
    }

    /**
     * The hand-written request with everything the engine's carries for the same semantics:
     * capacity, and the stored item returned on a failed condition (to tell a deleted item from a
     * version conflict without a second read).
     */
    public String handWrittenUpdateSameSemantics(String prefix, String id, String value, String loadedVersion) {
        String newVersion = UlidCreator.getMonotonicUlid().toString();
        client.updateItem(request -> request.tableName(TABLE)
                .key(Map.of("_pk", AttributeValue.fromS(prefix + "#" + id), "_sk", AttributeValue.fromS(prefix)))
                .updateExpression("SET #f = :f, #v = :nv")
                .conditionExpression("#v = :ov")
                .expressionAttributeNames(Map.of("#f", "f07", "#v", "version"))
                .expressionAttributeValues(Map.of(":f", AttributeValue.fromS(value), ":nv", AttributeValue.fromS(newVersion),
                        ":ov", AttributeValue.fromS(loadedVersion)))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
        return newVersion;
    }

    /**
     * The hand-written request for the same change on {@link WideDocument}, writing by hand what
     * the layout asks of every update: the modification date and the iteration keys (with
     * capacity, as the engine does).
     */
    public String handWrittenFullLayoutUpdate(String id, String value, String loadedVersion) {
        String newVersion = UlidCreator.getMonotonicUlid().toString();
        String bucket = Integer.toString((int) (Math.abs((long) id.hashCode()) % 10));
        client.updateItem(request -> request.tableName(TABLE)
                .key(Map.of("_pk", AttributeValue.fromS("wd#" + id), "_sk", AttributeValue.fromS("wd")))
                .updateExpression("SET #f = :f, #v = :nv, #m = :m, #ip = :ip, #is = :is")
                .conditionExpression("#v = :ov")
                .expressionAttributeNames(Map.of("#f", "f07", "#v", "version", "#m", "modifiedAt", "#ip", "_iter_pk",
                        "#is", "_iter_sk"))
                .expressionAttributeValues(Map.of(":f", AttributeValue.fromS(value), ":nv", AttributeValue.fromS(newVersion),
                        ":ov", AttributeValue.fromS(loadedVersion),
                        ":m", AttributeValue.fromN(Long.toString(System.currentTimeMillis())),
                        ":ip", AttributeValue.fromS("wd#iter#" + "000".substring(bucket.length()) + bucket),
                        ":is", AttributeValue.fromS(id)))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        return newVersion;
    }

    @Override
    public void close() {
        bao.close();
        client.close();
    }
}
