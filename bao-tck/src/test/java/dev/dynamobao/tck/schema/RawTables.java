package dev.dynamobao.tck.schema;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** Creates tables the way other tools might have, bypassing DynamoBao, and deletes them afterwards. */
final class RawTables implements AutoCloseable {

    private final DynamoDbClient client;
    private final List<String> created = new ArrayList<>();

    RawTables(DynamoDbClient client) {
        this.client = client;
    }

    /** A builder-to-be for a table keyed by {@code hash}/{@code range} of the given types. */
    Definition table(String name, String hash, ScalarAttributeType hashType, String range, ScalarAttributeType rangeType) {
        return new Definition(name, hash, hashType, range, rangeType);
    }

    /** Remembers a table created elsewhere, so that {@link #close()} deletes it. */
    String track(String name) {
        created.add(name);
        return name;
    }

    @Override
    public void close() {
        for (String name : created) {
            try {
                client.deleteTable(request -> request.tableName(name));
            } catch (ResourceNotFoundException alreadyGone) {
                // deleted by the test itself
            }
        }
    }

    /** One table definition; {@link #create()} sends it. */
    final class Definition {
        private final String name;
        private final List<KeySchemaElement> keys = new ArrayList<>();
        private final List<AttributeDefinition> attributes = new ArrayList<>();
        private final List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        private boolean provisioned;

        private Definition(String name, String hash, ScalarAttributeType hashType, String range, ScalarAttributeType rangeType) {
            this.name = name;
            keys.add(key(hash, KeyType.HASH));
            keys.add(key(range, KeyType.RANGE));
            attribute(hash, hashType);
            attribute(range, rangeType);
        }

        /** Adds a GSI keyed by two string attributes. */
        Definition index(String indexName, String hash, String range, ProjectionType projection) {
            attribute(hash, ScalarAttributeType.S);
            attribute(range, ScalarAttributeType.S);
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(indexName)
                    .keySchema(key(hash, KeyType.HASH), key(range, KeyType.RANGE))
                    .projection(p -> p.projectionType(projection))
                    .provisionedThroughput(provisioned ? throughput() : null)
                    .build());
            return this;
        }

        /** Adds {@code gsi<slot>} as JS creates it. */
        Definition gsi(int slot) {
            return index("gsi" + slot, "_gsi" + slot + "_pk", "_gsi" + slot + "_sk", ProjectionType.ALL);
        }

        /** Uses provisioned capacity instead of on-demand; call before adding indexes. */
        Definition provisioned() {
            provisioned = true;
            return this;
        }

        /** Creates the table (active at once on the test servers) and returns its name. */
        String create() {
            CreateTableRequest.Builder request = CreateTableRequest.builder()
                    .tableName(name)
                    .keySchema(keys)
                    .attributeDefinitions(attributes);
            if (!indexes.isEmpty()) {
                request.globalSecondaryIndexes(indexes);
            }
            if (provisioned) {
                request.billingMode(BillingMode.PROVISIONED).provisionedThroughput(throughput());
            } else {
                request.billingMode(BillingMode.PAY_PER_REQUEST);
            }
            client.createTable(request.build());
            try (DynamoDbWaiter waiter = client.waiter()) {
                waiter.waitUntilTableExists(r -> r.tableName(name));
            }
            return track(name);
        }

        private void attribute(String attribute, ScalarAttributeType type) {
            if (attributes.stream().noneMatch(existing -> existing.attributeName().equals(attribute))) {
                attributes.add(AttributeDefinition.builder().attributeName(attribute).attributeType(type).build());
            }
        }

        private static ProvisionedThroughput throughput() {
            return ProvisionedThroughput.builder()
                    .readCapacityUnits(5L).writeCapacityUnits(5L).build();
        }

        private static KeySchemaElement key(String attribute, KeyType type) {
            return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
        }
    }
}
