package dev.dynamobao.tck.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.tck.conformance.ConformanceChecks.Outcome;
import dev.dynamobao.test.internal.ServerProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The conformance checks of {@link BackendConformanceTck}, run on plain {@code python3 -m moto.server}
 * (no launcher): they must fail there, so that a moto upgrade or a launcher change that loses the
 * guarantees is caught instead of trusted. The token checks fail deterministically. The races fail
 * by chance — moto's request threads interleave inside a request — so each race runs for at most
 * a bounded number of rounds, stopping at the first lost write, second winner, orphan or server
 * error, and the test asserts that at least one race showed one (each round of the counter race
 * alone lost writes in 4 of 5 runs when measured); the rounds each race needed are logged.
 */
class PlainMotoConformanceTest {

    private static final Logger LOG = LoggerFactory.getLogger(PlainMotoConformanceTest.class);
    private static final String TABLE = "plain-moto-conformance";
    private static final int MAX_ROUNDS = 5;

    private static ServerProcess plainMoto;
    private static ConformanceChecks checks;

    @BeforeAll
    static void startPlainMoto() {
        plainMoto = ServerProcess.startOnFreePort("plain moto " + ServerProcess.MOTO_VERSION, port -> List.of(
                ServerProcess.python(), "-m", "moto.server", "-H", "127.0.0.1", "-p", Integer.toString(port)));
        plainMoto.client().createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("_pk"), attribute("_sk"))
                .keySchema(KeySchemaElement.builder().attributeName("_pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("_sk").keyType(KeyType.RANGE).build()));
        checks = ConformanceChecks.of(plainMoto.endpoint(), Region.US_EAST_1, TABLE);
    }

    @AfterAll
    static void stopPlainMoto() {
        if (checks != null) {
            checks.close();
        }
        if (plainMoto != null) {
            plainMoto.close();
        }
    }

    @Test
    void sameTokenTwice_onPlainMoto_isAppliedTwice() {
        Outcome outcome = checks.tokenReplay();
        assertFalse(outcome.faithful(), () -> "plain moto honoured ClientRequestToken: " + outcome.detail());
        LOG.info("plain moto, token replay: {}", outcome.detail());
    }

    @Test
    void sameTokenWithOtherParameters_onPlainMoto_isAcceptedAndApplied() {
        Outcome outcome = checks.tokenMismatch();
        assertFalse(outcome.faithful(), () -> "plain moto refused a mismatched token: " + outcome.detail());
        LOG.info("plain moto, token mismatch: {}", outcome.detail());
    }

    @Test
    void races_onPlainMoto_loseWritesOrAdmitTwoWinners_withinBoundedRounds() {
        List<String> seen = new ArrayList<>();
        boolean unfaithful = firstFailure("counter race", checks::counterRace, seen)
                | firstFailure("unique-claim race", checks::uniqueClaimRace, seen)
                | firstFailure("transaction isolation", checks::transactionIsolation, seen);
        seen.forEach(line -> LOG.info("plain moto, {}", line));
        assertTrue(unfaithful, () -> "plain moto kept every guarantee in " + MAX_ROUNDS + " rounds of each race: " + seen);
    }

    /** Runs {@code check} until it fails or {@value #MAX_ROUNDS} rounds passed; true if it failed. */
    private static boolean firstFailure(String name, Supplier<Outcome> check, List<String> seen) {
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            Outcome outcome = check.get();
            if (!outcome.faithful()) {
                seen.add(name + " failed in round " + round + ": " + outcome.detail());
                return true;
            }
        }
        seen.add(name + " passed " + MAX_ROUNDS + " rounds");
        return false;
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }
}
