package dev.dynamobao.engine.internal.schema;

import dev.dynamobao.DataAccessException;
import dev.dynamobao.schema.SchemaManager;
import dev.dynamobao.schema.TableSchemaMismatchException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Creates, checks and deletes the single table with the DynamoDB client ({@code LAYOUT.md} §2).
 *
 * <p>An existing table is compared by {@link TableLayoutComparator}: its mismatches make
 * {@link #ensureTable()} and {@link #createTable()} throw {@link TableSchemaMismatchException}
 * listing each one, and are what {@link #differences()} returns; its warnings (for example a table
 * made by an older dynamo-bao that has only {@code gsi1}–{@code gsi3} and {@code iter_index}) are
 * accepted and logged at WARN, and are available from {@link #inspect()}. Table calls have no
 * {@code ReturnConsumedCapacity}, so none is sent.
 */
public final class TableSchemaManager implements SchemaManager {

    private static final Logger LOG = LoggerFactory.getLogger(TableSchemaManager.class);

    /** Creating seven GSIs on AWS takes minutes; local test servers (moto, LocalStack) are active at once. */
    private static final WaiterOverrideConfiguration WAITING = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofSeconds(1)))
            .maxAttempts(Integer.MAX_VALUE)
            .waitTimeout(Duration.ofMinutes(15))
            .build();

    private final DynamoDbClient client;
    private final String tableName;

    /** A manager of {@code tableName}, sending requests with {@code client} (which it does not close). */
    public TableSchemaManager(DynamoDbClient client, String tableName) {
        this.client = Objects.requireNonNull(client, "client");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    @Override
    public String tableName() {
        return tableName;
    }

    @Override
    public void ensureTable() {
        Optional<TableDescription> existing = describe();
        if (existing.isPresent()) {
            adopt(existing.get());
        } else {
            create();
        }
    }

    @Override
    public void createTable() {
        create();
    }

    @Override
    public List<String> differences() {
        return inspect().map(SchemaReport::mismatches).orElse(List.of());
    }

    /** The full comparison of the existing table with the layout (mismatches and warnings); empty when absent. */
    public Optional<SchemaReport> inspect() {
        return describe().map(table -> TableLayoutComparator.compare(table, describeTimeToLive()));
    }

    @Override
    public boolean exists() {
        return describe().isPresent();
    }

    @Override
    public void deleteTable() {
        try {
            client.deleteTable(request -> request.tableName(tableName));
        } catch (ResourceNotFoundException absent) {
            return;
        } catch (SdkException e) {
            throw failure("DeleteTable", e);
        }
        try (DynamoDbWaiter waiter = waiter()) {
            waiter.waitUntilTableNotExists(describeRequest());
        } catch (SdkException e) {
            throw failure("Waiting until the table is gone", e);
        }
        LOG.debug("Deleted table '{}'", tableName);
    }

    private void create() {
        try {
            client.createTable(TableLayout.createTableRequest(tableName));
        } catch (ResourceInUseException alreadyThere) {
            LOG.debug("Table '{}' already exists; checking it instead of creating it", tableName);
            adopt(describe().orElseThrow(() -> new DataAccessException("Table '" + tableName
                    + "' was reported to exist and then to be absent; is another process creating and deleting it?",
                    alreadyThere)));
            return;
        } catch (SdkException e) {
            throw failure("CreateTable", e);
        }
        waitUntilActive();
        enableTimeToLive();
        LOG.info("Created table '{}' with the DynamoBao layout", tableName);
    }

    /** Checks an existing table, waiting while it is being created, and turns TTL on when it is off. */
    private void adopt(TableDescription table) {
        if (table.tableStatus() == TableStatus.DELETING) {
            throw new DataAccessException("Table '" + tableName + "' is being deleted; wait until it is gone, then create it again");
        }
        if (table.tableStatus() != TableStatus.ACTIVE) {
            table = waitUntilActive();
        }
        SchemaReport report = TableLayoutComparator.compare(table, describeTimeToLive());
        if (!report.usable()) {
            throw new TableSchemaMismatchException(tableName, report.mismatches());
        }
        report.warnings().stream().filter(warning -> !warning.equals(TableLayoutComparator.TTL_OFF))
                .forEach(warning -> LOG.warn("Table '{}': {}", tableName, warning));
        if (report.ttlNeedsEnabling()) {
            LOG.info("Table '{}' had TTL off; enabling it on '{}'", tableName, TableLayout.TTL_ATTRIBUTE);
            enableTimeToLive();
        }
    }

    private TableDescription waitUntilActive() {
        try (DynamoDbWaiter waiter = waiter()) {
            WaiterResponse<DescribeTableResponse> response = waiter.waitUntilTableExists(describeRequest());
            return response.matched().response()
                    .map(DescribeTableResponse::table)
                    .orElseThrow(() -> new DataAccessException("Table '" + tableName + "' did not become active",
                            response.matched().exception().orElse(null)));
        } catch (SdkException e) {
            throw failure("Waiting until the table is active", e);
        }
    }

    private void enableTimeToLive() {
        try {
            client.updateTimeToLive(TableLayout.enableTimeToLiveRequest(tableName));
        } catch (SdkException e) {
            throw failure("UpdateTimeToLive (enabling TTL on '" + TableLayout.TTL_ATTRIBUTE + "')", e);
        }
        LOG.debug("Enabled TTL on '{}' for table '{}'", TableLayout.TTL_ATTRIBUTE, tableName);
    }

    private Optional<TableDescription> describe() {
        try {
            return Optional.of(client.describeTable(describeRequest()).table());
        } catch (ResourceNotFoundException absent) {
            return Optional.empty();
        } catch (SdkException e) {
            throw failure("DescribeTable", e);
        }
    }

    private TimeToLiveDescription describeTimeToLive() {
        try {
            return client.describeTimeToLive(request -> request.tableName(tableName)).timeToLiveDescription();
        } catch (SdkException e) {
            throw failure("DescribeTimeToLive", e);
        }
    }

    private DescribeTableRequest describeRequest() {
        return DescribeTableRequest.builder().tableName(tableName).build();
    }

    private DynamoDbWaiter waiter() {
        return DynamoDbWaiter.builder().client(client).overrideConfiguration(WAITING).build();
    }

    private DataAccessException failure(String operation, SdkException cause) {
        String reason = cause instanceof AwsServiceException service && service.awsErrorDetails() != null
                ? service.awsErrorDetails().errorMessage() : cause.getMessage();
        return new DataAccessException(operation + " failed for table '" + tableName + "': " + reason
                + " (check the table name, the credentials and the endpoint)", cause);
    }
}
