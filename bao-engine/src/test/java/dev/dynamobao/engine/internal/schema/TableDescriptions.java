package dev.dynamobao.engine.internal.schema;

import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Builds what DescribeTable would answer for a table created by a given request. */
final class TableDescriptions {

    private TableDescriptions() {
    }

    /** The description of a table made by {@code request} (GSIs included, on-demand or provisioned). */
    static TableDescription of(CreateTableRequest request) {
        return TableDescription.builder()
                .tableName(request.tableName())
                .tableStatus(TableStatus.ACTIVE)
                .keySchema(request.keySchema())
                .attributeDefinitions(request.attributeDefinitions())
                .billingModeSummary(summary -> summary.billingMode(
                        request.billingMode() == null ? BillingMode.PROVISIONED : request.billingMode()))
                .globalSecondaryIndexes(request.globalSecondaryIndexes().stream()
                        .map(index -> GlobalSecondaryIndexDescription.builder()
                                .indexName(index.indexName())
                                .keySchema(index.keySchema())
                                .projection(index.projection())
                                .build())
                        .toList())
                .build();
    }

    /** The layout's table, as DescribeTable describes it. */
    static TableDescription layout() {
        return of(TableLayout.createTableRequest("app"));
    }

    /** TTL enabled on {@code attribute}. */
    static TimeToLiveDescription ttlOn(String attribute) {
        return TimeToLiveDescription.builder().timeToLiveStatus(TimeToLiveStatus.ENABLED).attributeName(attribute).build();
    }

    /** TTL switched off. */
    static TimeToLiveDescription ttlOff() {
        return TimeToLiveDescription.builder().timeToLiveStatus(TimeToLiveStatus.DISABLED).build();
    }
}
