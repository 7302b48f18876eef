package dev.dynamobao.spring.boot.autoconfigure.health;

import dev.dynamobao.BaoEntityManagerFactory;
import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Health of the factory's table: UP when it exists, is {@code ACTIVE} and has the layout the models
 * need (the library's {@code SchemaManager.differences()}); DOWN otherwise, with the table name,
 * its status and each difference in the details. Sends {@code DescribeTable} (twice when the table
 * exists: once for the status, once inside the schema comparison).
 */
public class DynamoBaoHealthIndicator extends AbstractHealthIndicator {

    private final BaoEntityManagerFactory factory;

    /** Creates the indicator for {@code factory}'s table. */
    public DynamoBaoHealthIndicator(BaoEntityManagerFactory factory) {
        super("DynamoBao table check failed");
        this.factory = factory;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String table = factory.schema().tableName();
        builder.withDetail("table", table);
        TableDescription description;
        try {
            description = factory.client().describeTable(DescribeTableRequest.builder().tableName(table).build()).table();
        } catch (ResourceNotFoundException missing) {
            builder.down().withDetail("status", "MISSING")
                    .withDetail("fix", "create the table (factory.schema().createTable() or dynamobao.ensure-table=true)");
            return;
        }
        TableStatus status = description.tableStatus();
        builder.withDetail("status", String.valueOf(status));
        List<String> differences = factory.schema().differences();
        if (!differences.isEmpty()) {
            builder.withDetail("differences", differences);
        }
        if (status == TableStatus.ACTIVE && differences.isEmpty()) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
