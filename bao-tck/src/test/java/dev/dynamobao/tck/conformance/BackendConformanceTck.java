package dev.dynamobao.tck.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.tck.conformance.ConformanceChecks.Outcome;
import dev.dynamobao.test.BackendEndpoint;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.net.URI;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The backend the suite runs on keeps the DynamoDB guarantees the library is built on: atomic
 * single-item writes under contention, one winner of a unique claim with no orphans, isolated
 * transactions, and {@code ClientRequestToken} idempotency. Checked with the SDK alone and no
 * retries, so a failure here is the server's, not the library's; {@link PlainMotoConformanceTest}
 * shows that plain {@code python3 -m moto.server} fails these checks.
 */
@BaoTest
class BackendConformanceTck {

    /** Rounds of each race; the faithful server must pass every one. */
    static final int COUNTER_ROUNDS = 3;
    static final int UNIQUE_ROUNDS = 5;
    static final int ISOLATION_ROUNDS = 3;

    private ConformanceChecks checks;

    @BeforeEach
    void connect(@BackendEndpoint URI endpoint, DynamoDbClient backend, @TableName String table) {
        checks = ConformanceChecks.of(endpoint, backend.serviceClientConfiguration().region(), table);
    }

    @AfterEach
    void disconnect() {
        checks.close();
    }

    @Test
    void counterRace_16ThreadsTimes50Increments_countsEveryAcknowledgedIncrementOnce() {
        rounds(COUNTER_ROUNDS, checks::counterRace);
    }

    @Test
    void uniqueClaimRace_10Contenders_oneWinsNineAreCancelled_andNoOrphanIsStored() {
        rounds(UNIQUE_ROUNDS, checks::uniqueClaimRace);
    }

    @Test
    void concurrentTransactions_areIsolated_cancelledOnesLeaveNothingAndUndoNothing() {
        rounds(ISOLATION_ROUNDS, checks::transactionIsolation);
    }

    @Test
    void sameTokenTwice_appliesOnce_andAnswersTheFirstResultAgain() {
        Outcome outcome = checks.tokenReplay();
        assertTrue(outcome.faithful(), outcome.detail());
    }

    @Test
    void sameTokenWithOtherParameters_isRefusedWithIdempotentParameterMismatch() {
        Outcome outcome = checks.tokenMismatch();
        assertTrue(outcome.faithful(), outcome.detail());
    }

    private static void rounds(int rounds, Supplier<Outcome> check) {
        for (int round = 1; round <= rounds; round++) {
            Outcome outcome = check.get();
            int current = round;
            assertTrue(outcome.faithful(), () -> "round " + current + " of " + rounds + ": " + outcome.detail());
        }
    }
}
