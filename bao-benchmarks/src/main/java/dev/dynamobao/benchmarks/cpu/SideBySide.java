package dev.dynamobao.benchmarks.cpu;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.benchmarks.cpu.enhanced.EnhancedCpuItem;
import dev.dynamobao.benchmarks.cpu.plain.HandMapper;
import dev.dynamobao.benchmarks.cpu.plain.PlainCpuItem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.UpdateItemEnhancedRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The three clients of the side-by-side benchmarks over one {@link CannedHttpClient}: the raw SDK
 * with {@link HandMapper}, the Enhanced Client with a bean schema, and this library. Each
 * operation has the same semantics in all three: reads ask for consumed capacity; a put creates
 * ({@code attribute_not_exists(_pk)}); an update changes one field of an existing item
 * ({@code attribute_exists(_pk)}); a query reads one partition of 100 items.
 */
public final class SideBySide implements AutoCloseable {

    /** The table name of every request. */
    public static final String TABLE = "t";
    /** The id of the item that get and update address. */
    public static final String ID = CannedAnswers.ID;

    private static final Expression NOT_EXISTS = Expression.builder().expression("attribute_not_exists(#pk)")
            .putExpressionName("#pk", "_pk").build();
    private static final Expression EXISTS = Expression.builder().expression("attribute_exists(#pk)")
            .putExpressionName("#pk", "_pk").build();

    private final CannedHttpClient http;
    private final DynamoDbClient client;
    private final DynamoDbTable<EnhancedCpuItem> table;
    private final BaoEntityManagerFactory bao;
    private final Map<String, AttributeValue> key = Map.of("_pk", AttributeValue.fromS(HandMapper.partition(Samples.OWNER)),
            "_sk", AttributeValue.fromS(ID));
    private final Key enhancedKey = Key.builder().partitionValue(HandMapper.partition(Samples.OWNER)).sortValue(ID).build();
    private final String primaryId;
    private BaoEntityManager updating;
    private CpuItem managed;

    /** Builds the stub, the SDK client, the Enhanced Client's table and a factory of this library. */
    public SideBySide(boolean keepBodies) {
        http = new CannedHttpClient(CannedAnswers.all(), keepBodies);
        client = client(http);
        table = enhancedTable(client);
        bao = factory(client);
        primaryId = bao.ambient().primaryId(CpuItem.class, Samples.OWNER, ID);
    }

    /** The SDK client of every variant: real marshalling, signing and parsing over {@code http}. */
    public static DynamoDbClient client(CannedHttpClient http) {
        return DynamoDbClient.builder().httpClient(http).region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://localhost:8000"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .build();
    }

    /** The Enhanced Client's table with the bean schema. */
    public static DynamoDbTable<EnhancedCpuItem> enhancedTable(DynamoDbClient client) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
                .table(TABLE, TableSchema.fromBean(EnhancedCpuItem.class));
    }

    /** A factory of this library for {@link CpuItem}. */
    public static BaoEntityManagerFactory factory(DynamoDbClient client) {
        return Bao.configure().client(client).table(TABLE).entities(CpuItem.class).build();
    }

    /** The stub (request count and kept bodies). */
    public CannedHttpClient http() {
        return http;
    }

    // ---- get -------------------------------------------------------------------------------

    /** Raw SDK: {@code GetItem} and hand mapping. */
    public PlainCpuItem rawGet() {
        GetItemResponse response = client.getItem(request -> request.tableName(TABLE).key(key)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        return HandMapper.fromItem(response.item());
    }

    /** Enhanced Client: {@code getItem} with capacity. */
    public EnhancedCpuItem enhancedGet() {
        return table.getItem(GetItemEnhancedRequest.builder().key(enhancedKey)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    }

    /** This library: {@code find} in a new unit of work, as one request of an application would. */
    public CpuItem baoGet() {
        try (BaoEntityManager em = bao.createEntityManager()) {
            return em.find(CpuItem.class, primaryId).orElseThrow();
        }
    }

    // ---- put -------------------------------------------------------------------------------

    /** Raw SDK: a conditional {@code PutItem} of the hand-mapped item. */
    public void rawPut(String id) {
        client.putItem(request -> request.tableName(TABLE).item(HandMapper.toItem(Samples.plain(id)))
                .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", "_pk"))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    }

    /** Enhanced Client: {@code putItem} with the same condition. */
    public void enhancedPut(String id) {
        table.putItemWithResponse(PutItemEnhancedRequest.builder(EnhancedCpuItem.class).item(Samples.enhanced(id))
                .conditionExpression(NOT_EXISTS).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    }

    /** This library: {@code persist} in a new unit of work. */
    public void baoPut(String id) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(Samples.entity(id));
            em.flush();
        }
    }

    // ---- update one field ------------------------------------------------------------------

    /** Raw SDK: {@code UpdateItem} setting one attribute of an existing item. */
    public void rawUpdate(String value) {
        client.updateItem(request -> request.tableName(TABLE).key(key)
                .updateExpression("SET #f = :f").conditionExpression("attribute_exists(#pk)")
                .expressionAttributeNames(Map.of("#f", "s07", "#pk", "_pk"))
                .expressionAttributeValues(Map.of(":f", AttributeValue.fromS(value)))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    }

    /** Enhanced Client: {@code updateItem} of a bean holding the key and the one field, nulls ignored. */
    public EnhancedCpuItem enhancedUpdate(String value) {
        EnhancedCpuItem change = new EnhancedCpuItem();
        change.setPk(HandMapper.partition(Samples.OWNER));
        change.setSk(ID);
        change.setS07(value);
        return table.updateItemWithResponse(UpdateItemEnhancedRequest.builder(EnhancedCpuItem.class).item(change)
                .ignoreNullsMode(IgnoreNullsMode.SCALAR_ONLY).conditionExpression(EXISTS).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build())
                .attributes();
    }

    /** This library: set the field of a managed (loaded, clean) entity and flush. */
    public void baoUpdate(String value) {
        if (managed == null) {
            updating = bao.createEntityManager();
            managed = updating.find(CpuItem.class, primaryId).orElseThrow();
        }
        managed.setS07(value);
        updating.flush();
    }

    // ---- query 100 -------------------------------------------------------------------------

    /** Raw SDK: {@code Query} of the partition and hand mapping of every item. */
    public List<PlainCpuItem> rawQuery() {
        QueryResponse response = client.query(request -> request.tableName(TABLE).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", "_pk"))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(HandMapper.partition(Samples.OWNER))))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        List<PlainCpuItem> result = new ArrayList<>(response.items().size());
        for (Map<String, AttributeValue> item : response.items()) {
            result.add(HandMapper.fromItem(item));
        }
        return result;
    }

    /** Enhanced Client: {@code query} of the partition, every item of every page. */
    public List<EnhancedCpuItem> enhancedQuery() {
        List<EnhancedCpuItem> result = new ArrayList<>(CannedAnswers.QUERY_SIZE);
        table.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(HandMapper.partition(Samples.OWNER)).build()))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()).items().forEach(result::add);
        return result;
    }

    /** This library: {@code query(...).partition(owner).list()} in a new unit of work. */
    public List<CpuItem> baoQuery() {
        try (BaoEntityManager em = bao.createEntityManager()) {
            return em.query(CpuItem.class).partition(Samples.OWNER).list();
        }
    }

    @Override
    public void close() {
        if (updating != null) {
            updating.close();
        }
        bao.close();
        client.close();
    }
}
