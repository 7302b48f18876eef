package dev.dynamobao.tck.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.dynamobao.tck.support.LayoutAssertions;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.Capability;
import dev.dynamobao.test.MotoServer;
import dev.dynamobao.test.RequiresCapability;
import dev.dynamobao.test.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.testcontainers.DockerClientFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs small {@code @BaoTest} probe classes in a separate JUnit engine run with {@code bao.backend}
 * set, so each gets its own backend. The probes are static nested classes, which Surefire does not
 * run on its own.
 */
class BackendSelectionTest {

    @Test
    void localStackBackend_withoutDocker_skipsTheTestClassWithOneClearLine() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine is available here");

        EngineExecutionResults results = run(Map.of("bao.backend", "localstack"), Probe.class);

        Events aborted = results.containerEvents().aborted();
        assertEquals(1, aborted.count(), "the probe class is aborted");
        assertEquals("LocalStack backend requested but no Docker engine is available; skipping",
                failure(aborted).getMessage());
        assertEquals(0, results.testEvents().started().count(), "no test ran");
        assertEquals(0, results.allEvents().failed().count(), "nothing failed");
    }

    @Test
    void unknownBackend_failsNamingTheValidValues() {
        EngineExecutionResults results = run(Map.of("bao.backend", "dynamo"), Probe.class);

        Throwable failure = failure(results.containerEvents().failed());
        assertTrue(failure instanceof ExtensionConfigurationException, failure::toString);
        assertEquals("Unknown bao.backend 'dynamo'; valid values: moto, localstack, endpoint", failure.getMessage());
    }

    @Test
    void endpointBackend_withoutEndpoint_failsSayingWhatIsMissing() {
        EngineExecutionResults results = run(Map.of("bao.backend", "endpoint"), Probe.class);

        assertEquals("bao.backend=endpoint needs bao.endpoint=http://host:port (a running DynamoDB-compatible endpoint)",
                failure(results.containerEvents().failed()).getMessage());
    }

    @Test
    void endpointBackend_runsTheTestsAgainstAServerOfItsOwn() {
        try (MotoServer server = MotoServer.start()) {
            EngineExecutionResults results = run(Map.of("bao.backend", "endpoint",
                    "bao.endpoint", server.endpoint().toString()), EndpointProbe.class);

            results.allEvents().failed().stream()
                    .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                    .findFirst().ifPresent(cause -> fail("the probe failed on the endpoint backend", cause));
            assertEquals(2, results.testEvents().succeeded().count());
            assertEquals(List.of(), server.client().listTables().tableNames(), "the probe's table was deleted");
        }
    }

    @Test
    void requiredCapability_thatTheBackendLacks_skipsTheTestNamingTheCapability() {
        try (MotoServer server = MotoServer.start()) {
            EngineExecutionResults results = run(Map.of("bao.backend", "endpoint",
                    "bao.endpoint", server.endpoint().toString(),
                    "bao.backend.missing", "transact_write_consumed_capacity"), CapabilityProbe.class);

            assertEquals(1, results.testEvents().succeeded().count(), "the test needing nothing special ran");
            Events skipped = results.testEvents().skipped();
            assertEquals(1, skipped.count(), skipped.list()::toString);
            assertEquals("Skipped on DynamoDB endpoint " + server.endpoint() + ", which lacks capability "
                    + "TRANSACT_WRITE_CONSUMED_CAPACITY (TransactWriteItems returns ConsumedCapacity): "
                    + "needsTransactionCapacity(DynamoDbClient) in CapabilityProbe",
                    skipped.list().get(0).getRequiredPayload(String.class));
            assertEquals(0, results.allEvents().failed().count(), "nothing failed");
        }
    }

    @Test
    void unknownCapability_inTheMissingList_failsNamingTheValidValues() {
        EngineExecutionResults results = run(Map.of("bao.backend", "endpoint", "bao.endpoint", "http://127.0.0.1:9",
                "bao.backend.missing", "TIME_TRAVEL"), Probe.class);

        assertEquals("Unknown capability 'TIME_TRAVEL' in bao.backend.missing; valid values: "
                + "TRANSACT_WRITE_CONSUMED_CAPACITY, SIZE_IN_FILTER_OVER_MISSING_ATTRIBUTE",
                failure(results.containerEvents().failed()).getMessage());
    }

    private static EngineExecutionResults run(Map<String, String> parameters, Class<?> probe) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameters(parameters)
                .selectors(selectClass(probe))
                .execute();
    }

    private static Throwable failure(Events events) {
        assertEquals(1, events.count(), events.list()::toString);
        return events.list().get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    @BaoTest
    static class Probe {

        @Test
        void tableHasTheLayout(DynamoDbClient client, @TableName String table) {
            LayoutAssertions.assertExactLayout(client, table);
        }
    }

    @BaoTest
    static class EndpointProbe {

        @Test
        void tableHasTheLayout(DynamoDbClient client, @TableName String table) {
            LayoutAssertions.assertExactLayout(client, table);
        }

        @Test
        void tableNameCarriesARunId_becauseTheEndpointIsShared(@TableName String table) {
            assertTrue(table.matches("bao-EndpointProbe-\\d+-[0-9a-f]{8}"), table);
        }
    }

    @BaoTest
    static class CapabilityProbe {

        @Test
        void needsNothingSpecial(DynamoDbClient client) {
            client.listTables();
        }

        @Test
        @RequiresCapability(Capability.TRANSACT_WRITE_CONSUMED_CAPACITY)
        void needsTransactionCapacity(DynamoDbClient client) {
            fail("runs only where TransactWriteItems reports capacity");
        }
    }
}
