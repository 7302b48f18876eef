package dev.dynamobao.spring.boot.autoconfigure.metrics;

import dev.dynamobao.metrics.DynamoOperation;

/** The DynamoDB API name of an operation, as the AWS SDK names it ({@code GET_ITEM} → {@code GetItem}). */
final class OperationNames {

    private OperationNames() {
    }

    static String of(DynamoOperation operation) {
        StringBuilder name = new StringBuilder();
        for (String word : operation.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }
}
