package dev.dynamobao.tck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BatchFindResult;
import dev.dynamobao.RetryPolicy;
import dev.dynamobao.ThrottledException;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Unprocessed keys of BatchGetItem, injected by a wrapper around the test backend's client, are
 * retried with backoff; when they stay unprocessed the error names their primary ids.
 */
@BaoTest(entities = Tag.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnprocessedKeysTck {

    private final List<String> ids = new ArrayList<>();
    private UnprocessedKeysClient client;
    private BaoEntityManagerFactory bao;

    @BeforeAll
    void storeTags(BaoEntityManagerFactory testFactory, DynamoDbClient local, @TableName String table) {
        try (BaoEntityManager em = testFactory.createEntityManager()) {
            for (int i = 0; i < 5; i++) {
                Tag tag = new Tag();
                tag.setName("t" + i);
                em.persist(tag);
                ids.add(tag.getTagId());
            }
        }
        client = new UnprocessedKeysClient(local);
        bao = Bao.configure().client(client).table(table).entities(Tag.class)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5))).build();
    }

    @AfterAll
    void close() {
        bao.close();
    }

    @Test
    void unprocessedKeys_areRetried_untilEveryItemIsRead() {
        client.holdBack(2, 2);
        try (BaoEntityManager em = bao.createEntityManager()) {
            BatchFindResult<Tag> result = em.findAll(Tag.class, ids);
            assertEquals(List.of("t0", "t1", "t2", "t3", "t4"), result.items().stream().map(Tag::getName).toList());
            assertTrue(result.missingIds().isEmpty());
        }
        assertEquals(3, client.batchCalls(), "the first read and two retries");
    }

    @Test
    void keysStillUnprocessedAfterMaxAttempts_throwThrottled_namingTheirPrimaryIds() {
        client.holdBack(Integer.MAX_VALUE, 2);
        try (BaoEntityManager em = bao.createEntityManager()) {
            ThrottledException failure = assertThrows(ThrottledException.class, () -> em.findAll(Tag.class, ids));
            assertEquals(List.of(ids.get(3), ids.get(4)), failure.unprocessedIds());
            assertTrue(failure.getMessage().contains(ids.get(3)) && failure.getMessage().contains("3 attempts"), failure.getMessage());
            assertEquals(3, client.batchCalls(), "RetryPolicy.maxAttempts = 3");
        } finally {
            client.holdBack(0, 0);
        }
    }
}
