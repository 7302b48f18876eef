package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.DataAccessException;
import dev.dynamobao.ThrottledException;
import dev.dynamobao.engine.internal.metrics.ModelNames;
import dev.dynamobao.engine.internal.metrics.RequestMetrics;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestEvent;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Sends every request of the engine: measures it, records its consumed capacity, tells the
 * request listeners, and wraps SDK failures with context. Condition failures and cancelled
 * transactions are rethrown as they are, for the operation to interpret.
 */
public final class RequestExecutor {

    private final DynamoDbClient client;
    private final String table;
    private final RequestMetrics metrics;
    private final ModelNames models;

    /** Creates an executor for {@code table} whose events name no model. */
    public RequestExecutor(DynamoDbClient client, String table, RequestMetrics metrics) {
        this(client, table, metrics, ModelNames.NONE);
    }

    /** Creates an executor for {@code table}; {@code models} names the model of each request's keys. */
    public RequestExecutor(DynamoDbClient client, String table, RequestMetrics metrics, ModelNames models) {
        this.client = client;
        this.table = table;
        this.metrics = metrics;
        this.models = models;
    }

    /**
     * The model name of requests on {@code partitionKeys} ({@code _pk} values or index partition
     * values), for events; {@link ModelNames#UNKNOWN} without computing it when no event is published.
     */
    public String model(Collection<String> partitionKeys) {
        return metrics.active() ? models.nameOf(partitionKeys) : ModelNames.UNKNOWN;
    }

    /** The model name of requests on one partition key value, for events ({@link ModelNames#UNKNOWN} when none is published). */
    public String model(String partitionKey) {
        return metrics.active() ? models.nameOf(partitionKey) : ModelNames.UNKNOWN;
    }

    /** Whether requests are published as events (to listeners or the debug log), so that their model names are worth working out. */
    public boolean publishesEvents() {
        return metrics.active();
    }

    /** The client. */
    public DynamoDbClient client() {
        return client;
    }

    /** The table name. */
    public String table() {
        return table;
    }

    /**
     * Sends one request.
     *
     * @param operation the API operation, for metrics and capacity classification
     * @param model the model name for the event ({@link #model(String)})
     * @param itemCount items read or written
     * @param context what the request does, for error messages (e.g. "update User 01J...")
     * @param call sends the request
     * @param sink receives the consumed capacity
     */
    public <R> R execute(DynamoOperation operation, String model, int itemCount, String context, Supplier<R> call,
                         CapacitySink sink) {
        return send(operation, model, response -> itemCount, itemCount, context, call, sink);
    }

    /**
     * Sends one read whose item count only its response tells (a {@code Query}): reports
     * {@code returned} of the response, or 0 when the call fails.
     *
     * @param returned the number of items in the response
     */
    public <R> R execute(DynamoOperation operation, String model, ToIntFunction<? super R> returned, String context,
                         Supplier<R> call, CapacitySink sink) {
        return send(operation, model, returned, 0, context, call, sink);
    }

    private <R> R send(DynamoOperation operation, String model, ToIntFunction<? super R> itemCount, int failedItemCount, String context,
                       Supplier<R> call, CapacitySink sink) {
        long start = System.nanoTime();
        try {
            R response = call.get();
            ConsumedCapacity capacity = capacityOf(operation, response);
            sink.add(capacity);
            if (metrics.active()) {
                metrics.publish(new RequestEvent(operation, table, itemCount.applyAsInt(response), capacity,
                        Duration.ofNanos(System.nanoTime() - start), true, model));
            }
            return response;
        } catch (ConditionalCheckFailedException | TransactionCanceledException expected) {
            publishFailure(operation, model, failedItemCount, start, sink);
            throw expected;
        } catch (ResourceNotFoundException missing) {
            publishFailure(operation, model, failedItemCount, start, sink);
            throw new DataAccessException(context + " failed: table '" + table + "' (or an index it needs) does not exist;"
                    + " create it with factory.schema().ensureTable() (" + awsMessage(missing) + ")", missing);
        } catch (AwsServiceException service) {
            publishFailure(operation, model, failedItemCount, start, sink);
            if (service.isThrottlingException()) {
                throw new ThrottledException(context + " was throttled after the SDK's retries: " + service.getMessage(), List.of(), service);
            }
            throw new DataAccessException(context + " failed: " + service.getMessage(), service);
        } catch (SdkException client) {
            publishFailure(operation, model, failedItemCount, start, sink);
            throw new DataAccessException(context + " failed: " + client.getMessage(), client);
        }
    }

    private static String awsMessage(AwsServiceException failure) {
        return failure.awsErrorDetails() != null && failure.awsErrorDetails().errorMessage() != null
                ? failure.awsErrorDetails().errorMessage() : failure.getMessage();
    }

    /** Reports a failed request: to the sink, which counts it with no capacity, and to the listeners. */
    private void publishFailure(DynamoOperation operation, String model, int itemCount, long start, CapacitySink sink) {
        sink.add(ConsumedCapacity.ZERO);
        if (!metrics.active()) {
            return;
        }
        metrics.publish(new RequestEvent(operation, table, itemCount, ConsumedCapacity.ZERO,
                Duration.ofNanos(System.nanoTime() - start), false, model));
    }

    private static ConsumedCapacity capacityOf(DynamoOperation operation, Object response) {
        double units = 0;
        if (response instanceof GetItemResponse r) {
            units = units(r.consumedCapacity());
        } else if (response instanceof PutItemResponse r) {
            units = units(r.consumedCapacity());
        } else if (response instanceof UpdateItemResponse r) {
            units = units(r.consumedCapacity());
        } else if (response instanceof DeleteItemResponse r) {
            units = units(r.consumedCapacity());
        } else if (response instanceof QueryResponse r) {
            units = units(r.consumedCapacity());
        } else if (response instanceof ScanResponse r) {
            units = units(r.consumedCapacity());
        } else if (response instanceof BatchGetItemResponse r) {
            units = sum(r.consumedCapacity());
        } else if (response instanceof BatchWriteItemResponse r) {
            units = sum(r.consumedCapacity());
        } else if (response instanceof TransactWriteItemsResponse r) {
            units = sum(r.consumedCapacity());
        } else if (response instanceof TransactGetItemsResponse r) {
            units = sum(r.consumedCapacity());
        }
        boolean read = switch (operation) {
            case GET_ITEM, BATCH_GET_ITEM, QUERY, SCAN, TRANSACT_GET_ITEMS -> true;
            default -> false;
        };
        return read ? new ConsumedCapacity(units, 0) : new ConsumedCapacity(0, units);
    }

    private static double units(software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity capacity) {
        return capacity == null || capacity.capacityUnits() == null ? 0 : capacity.capacityUnits();
    }

    private static double sum(List<software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity> capacities) {
        double total = 0;
        if (capacities != null) {
            for (software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity capacity : capacities) {
                total += units(capacity);
            }
        }
        return total;
    }
}
