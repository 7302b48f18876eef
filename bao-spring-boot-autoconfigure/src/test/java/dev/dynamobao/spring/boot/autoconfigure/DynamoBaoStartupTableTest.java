package dev.dynamobao.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.schema.TableSchemaMismatchException;
import dev.dynamobao.spring.boot.autoconfigure.fixture.blog.Author;
import dev.dynamobao.spring.boot.autoconfigure.health.DynamoBaoHealthAutoConfiguration;
import dev.dynamobao.spring.boot.autoconfigure.health.DynamoBaoHealthIndicator;
import dev.dynamobao.test.MotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The startup table check and the health indicator against the test kit's DynamoDB server. */
class DynamoBaoStartupTableTest {

    private static MotoServer server;

    private ApplicationContextRunner runner;

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    static class BlogApplication {
    }

    @BeforeAll
    static void start() {
        server = MotoServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private ApplicationContextRunner runner() {
        if (runner == null) {
            runner = new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(DynamoBaoAutoConfiguration.class, DynamoBaoHealthAutoConfiguration.class))
                    .withUserConfiguration(BlogApplication.class)
                    .withPropertyValues("dynamobao.endpoint=" + server.endpoint(), "dynamobao.region=" + server.region());
        }
        return runner;
    }

    @Test
    void startup_whenTheTableIsMissing_failsNamingThePropertyThatCreatesIt() {
        runner().withPropertyValues("dynamobao.table=never-created").run(context -> {
            assertThat(context).hasFailed();
            TableMissingException missing = DynamoBaoAutoConfigurationTest.findCause(context.getStartupFailure(),
                    TableMissingException.class);
            assertThat(missing.table()).isEqualTo("never-created");
            assertThat(missing.getMessage()).contains("dynamobao.ensure-table=true").contains("createTable()");
            assertThat(missing.createCommand()).isEqualTo("`bao create-table --table never-created --endpoint "
                    + server.endpoint() + " --region " + server.region() + "`");
            FailureAnalysis analysis = new BaoFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("'never-created' does not exist");
            assertThat(analysis.getAction()).contains("dynamobao.ensure-table=true").contains(missing.createCommand());
        });
    }

    @Test
    void startup_whenEnsureTable_createsTheTableAndHealthIsUp() {
        runner().withPropertyValues("dynamobao.table=ensured", "dynamobao.ensure-table=true").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(BaoEntityManagerFactory.class).schema().exists()).isTrue();
            Health health = context.getBean(DynamoBaoHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("table", "ensured").containsEntry("status", "ACTIVE");
        });
    }

    @Test
    void startup_whenTheTableHasAnotherLayout_failsListingTheDifferences_andHealthIsDownWithThem() {
        server.client().createTable(request -> request.tableName("other-layout").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
        runner().withPropertyValues("dynamobao.table=other-layout").run(context -> {
            assertThat(context).hasFailed();
            TableSchemaMismatchException mismatch = DynamoBaoAutoConfigurationTest.findCause(context.getStartupFailure(),
                    TableSchemaMismatchException.class);
            assertThat(mismatch.differences()).isNotEmpty();
            assertThat(new BaoFailureAnalyzer().analyze(context.getStartupFailure()).getAction()).contains("dynamobao.table");
        });
        runner().withPropertyValues("dynamobao.table=other-layout", "dynamobao.check-table=false").run(context -> {
            Health health = context.getBean(DynamoBaoHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsKey("differences").containsEntry("status", "ACTIVE");
        });
    }
}
