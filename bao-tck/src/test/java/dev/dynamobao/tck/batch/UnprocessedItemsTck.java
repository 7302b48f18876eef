package dev.dynamobao.tck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BatchWriteException;
import dev.dynamobao.RetryPolicy;
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
 * {@code UnprocessedItems} of BatchWriteItem, injected by a wrapper around the real client, are
 * retried with the factory's backoff; what stays unprocessed is named exactly, and everything
 * else is written.
 */
@BaoTest(entities = Tag.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnprocessedItemsTck {

    private UnprocessedItemsClient client;
    private BaoEntityManagerFactory bao;
    private BaoEntityManagerFactory direct;

    @BeforeAll
    void buildFactory(BaoEntityManagerFactory testFactory, DynamoDbClient server, @TableName String table) {
        direct = testFactory;
        client = new UnprocessedItemsClient(server);
        // maxConcurrency 1: the chunks' requests in a known order, so the retries of each can be
        // asserted one by one (their overlap is shown in OverlappedWritesTck).
        bao = Bao.configure().client(client).table(table).entities(Tag.class)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5))).maxConcurrency(1).build();
    }

    @AfterAll
    void close() {
        bao.close();
    }

    private static List<Tag> tags(int count, String prefix) {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Tag tag = new Tag();
            tag.setName(prefix + i);
            tags.add(tag);
        }
        return tags;
    }

    @Test
    void unprocessedItems_areRetried_untilEveryItemIsWritten() {
        List<Tag> tags = tags(30, "retried-");
        client.holdBack(2, 4);
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.upsertAll(tags);
        }
        assertEquals(List.of(25, 4, 4, 5), client.requestSizes(),
                "25 per request; the 4 held back are retried (held back once more, written by the second retry); then the last 5");
        assertEquals(30, direct.ambient().findAll(Tag.class, tags.stream().map(Tag::getTagId).toList()).items().size());
    }

    @Test
    void itemsStillUnprocessedAfterMaxAttempts_inEveryChunk_throwBatchWrite_namingExactlyThem_andTheRestIsWritten() {
        List<Tag> tags = tags(30, "stuck-");
        client.holdBack(Integer.MAX_VALUE, 2);
        List<String> ids;
        try (BaoEntityManager em = bao.createEntityManager()) {
            BatchWriteException failure = assertThrows(BatchWriteException.class, () -> em.upsertAll(tags));
            ids = tags.stream().map(Tag::getTagId).toList();

            // Every chunk is attempted: the last 2 of each chunk (25 + 5) stay unprocessed.
            List<String> expected = List.of(ids.get(23), ids.get(24), ids.get(28), ids.get(29));
            assertEquals(expected, failure.unprocessedIds(), failure.getMessage());
            assertEquals(expected, failure.unwrittenEntities().stream().map(tag -> ((Tag) tag).getTagId()).toList());
            assertEquals(26, failure.writtenCount());
            assertTrue(failure.getMessage().contains(ids.get(23)) && failure.getMessage().contains(ids.get(29))
                    && failure.getMessage().contains("3 attempts")
                    && failure.getMessage().contains("upsertAll(e.unwrittenEntities())"), failure.getMessage());
            assertEquals(6, client.batchCalls(), "RetryPolicy.maxAttempts = 3 for each of the two chunks");
            assertFalse(em.contains(tags.get(23)), "an unwritten entity is not managed");
            assertFalse(em.contains(tags.get(29)), "an unwritten entity is not managed");
            assertTrue(em.contains(tags.get(0)), "a written entity is managed");
            assertTrue(em.contains(tags.get(25)), "a written entity of the second chunk is managed");

            client.holdBack(0, 0);
            em.upsertAll(failure.unwrittenEntities());
        }
        assertEquals(30, direct.ambient().findAll(Tag.class, ids).items().size(), "the retry wrote the rest");
    }

    @Test
    void removeAll_whenDeletesStayUnprocessed_namesTheIdsNotDeleted() {
        List<Tag> tags = tags(5, "kept-");
        direct.ambient().upsertAll(tags);
        List<String> ids = tags.stream().map(Tag::getTagId).toList();
        client.holdBack(Integer.MAX_VALUE, 1);
        try (BaoEntityManager em = bao.createEntityManager()) {
            BatchWriteException failure = assertThrows(BatchWriteException.class, () -> em.removeAll(Tag.class, ids));
            assertEquals(List.of(ids.get(4)), failure.unprocessedIds());
            assertTrue(failure.unwrittenEntities().isEmpty());
        } finally {
            client.holdBack(0, 0);
        }
        assertEquals(List.of(ids.get(4)), direct.ambient().findAll(Tag.class, ids).items().stream().map(Tag::getTagId).toList());
    }
}
