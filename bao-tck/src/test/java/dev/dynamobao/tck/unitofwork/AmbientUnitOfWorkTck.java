package dev.dynamobao.tck.unitofwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.MissingUnitOfWorkException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The ambient unit of work, the analog of the seed's {@code runWithBatchContext}: caching inside,
 * direct execution outside, strict mode from the builder or from
 * {@code DYNAMO_BAO_REQUIRE_BATCH_CONTEXT}.
 */
@BaoTest(entities = Tag.class)
class AmbientUnitOfWorkTck {

    private static final Function<String, String> NO_ENVIRONMENT = name -> null;

    private static String persistedTag(BaoEntityManagerFactory bao, String name) {
        Tag tag = new Tag();
        tag.setName(name);
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(tag);
        }
        return tag.getTagId();
    }

    private static BaoEntityManagerFactory factory(DynamoDbClient client, String table, boolean strict,
                                                   Function<String, String> environment, RequestCounter counter) {
        return Bao.configure().client(client).table(table).entities(Tag.class).requireUnitOfWork(strict)
                .environment(environment).requestListener(counter).build();
    }

    @Test
    void outsideAUnitOfWork_ambientCallsRunDirectly_withoutCaching(BaoEntityManagerFactory bao, RequestCounter requests) {
        String id = persistedTag(bao, "direct");
        requests.reset();

        assertFalse(Bao.isInsideUnitOfWork());
        Tag first = bao.ambient().find(Tag.class, id).orElseThrow();
        Tag second = bao.ambient().find(Tag.class, id).orElseThrow();

        assertNotSame(first, second);
        assertEquals(2, requests.count(DynamoOperation.GET_ITEM), requests::toString);
    }

    @Test
    void insideAUnitOfWork_ambientCallsShareItsIdentityMap(BaoEntityManagerFactory bao, RequestCounter requests) {
        String id = persistedTag(bao, "cached");
        requests.reset();

        bao.runInUnitOfWork(em -> {
            assertTrue(Bao.isInsideUnitOfWork());
            Tag first = bao.ambient().find(Tag.class, id).orElseThrow();
            assertSame(first, bao.ambient().find(Tag.class, id).orElseThrow());
            assertSame(first, em.find(Tag.class, id).orElseThrow());
        });

        assertFalse(Bao.isInsideUnitOfWork());
        assertEquals(1, requests.count(DynamoOperation.GET_ITEM), requests::toString);
        assertEquals(1, requests.total(), requests::toString);
    }

    @Test
    void callInUnitOfWork_returnsTheResult_andFlushesChangesAtTheEnd(BaoEntityManagerFactory bao, RequestCounter requests) {
        String id = persistedTag(bao, "before");
        requests.reset();

        String name = bao.callInUnitOfWork(em -> {
            Tag tag = bao.ambient().find(Tag.class, id).orElseThrow();
            tag.setName("after");
            assertEquals(0, requests.count(DynamoOperation.UPDATE_ITEM), "nothing is written before the end");
            return tag.getName();
        });

        assertEquals("after", name);
        assertEquals(1, requests.count(DynamoOperation.UPDATE_ITEM), requests::toString);
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals("after", em.find(Tag.class, id).orElseThrow().getName());
        }
    }

    @Test
    void aNestedCall_joinsTheOuterUnitOfWork(BaoEntityManagerFactory bao) {
        bao.runInUnitOfWork(outer -> {
            BaoEntityManager inner = bao.callInUnitOfWork(Function.identity());
            assertSame(outer, inner);
            assertTrue(inner.isOpen(), "the nested call must not close the outer unit of work");
            assertTrue(Bao.isInsideUnitOfWork());
        });
        assertFalse(Bao.isInsideUnitOfWork());
    }

    @Test
    void whenTheWorkThrows_nothingIsFlushed_andTheThreadLeavesTheUnitOfWork(BaoEntityManagerFactory bao,
                                                                            RequestCounter requests) {
        String id = persistedTag(bao, "kept");
        requests.reset();
        BaoEntityManager[] seen = new BaoEntityManager[1];

        assertThrows(IllegalStateException.class, () -> bao.runInUnitOfWork(em -> {
            seen[0] = em;
            bao.ambient().find(Tag.class, id).orElseThrow().setName("lost");
            throw new IllegalStateException("boom");
        }));

        assertFalse(Bao.isInsideUnitOfWork());
        assertFalse(seen[0].isOpen());
        assertEquals(0, requests.count(DynamoOperation.UPDATE_ITEM), requests::toString);
    }

    @Test
    void strictModeFromTheBuilder_rejectsAmbientCallsOutsideAUnitOfWork(DynamoDbClient client, @TableName String table,
                                                                       BaoEntityManagerFactory bao) {
        String id = persistedTag(bao, "strict");
        RequestCounter counter = new RequestCounter();
        try (BaoEntityManagerFactory strict = factory(client, table, true, NO_ENVIRONMENT, counter)) {
            assertTrue(strict.configuration().requireUnitOfWork());

            MissingUnitOfWorkException failure = assertThrows(MissingUnitOfWorkException.class,
                    () -> strict.ambient().find(Tag.class, id));

            assertTrue(failure.getMessage().contains("runInUnitOfWork"), failure.getMessage());
            assertEquals(id, strict.ambient().primaryId(Tag.class, id, null), "key encoding needs no unit of work");
            assertEquals(10, strict.ambient().iterationBuckets(Tag.class), "metadata needs no unit of work");
            assertEquals(0, counter.total());
            assertEquals("strict", strict.callInUnitOfWork(em -> strict.ambient().find(Tag.class, id).orElseThrow().getName()));
            try (BaoEntityManager em = strict.createEntityManager()) {
                assertTrue(em.find(Tag.class, id).isPresent(), "explicit entity managers are a unit of work");
            }
        }
    }

    @Test
    void strictModeFromTheEnvironment_rejectsAmbientCallsOutsideAUnitOfWork(DynamoDbClient client, @TableName String table,
                                                                           BaoEntityManagerFactory bao) {
        String id = persistedTag(bao, "env");
        Map<String, String> environment = Map.of("DYNAMO_BAO_REQUIRE_BATCH_CONTEXT", "true");
        RequestCounter counter = new RequestCounter();
        try (BaoEntityManagerFactory strict = factory(client, table, false, environment::get, counter)) {
            assertTrue(strict.configuration().requireUnitOfWork());

            assertThrows(MissingUnitOfWorkException.class, () -> strict.ambient().find(Tag.class, id));
            Tag tag = new Tag();
            tag.setName("never written");
            assertThrows(MissingUnitOfWorkException.class, () -> strict.ambient().persist(tag));

            assertEquals(0, counter.total());
            strict.runInUnitOfWork(em -> assertTrue(strict.ambient().find(Tag.class, id).isPresent()));
            assertEquals(1, counter.total());
        }
    }

    @Test
    void environmentFalse_keepsTheDefaultDirectMode(DynamoDbClient client, @TableName String table,
                                                     BaoEntityManagerFactory bao) {
        String id = persistedTag(bao, "lenient");
        Map<String, String> environment = Map.of("DYNAMO_BAO_REQUIRE_BATCH_CONTEXT", "false");
        RequestCounter counter = new RequestCounter();
        try (BaoEntityManagerFactory lenient = factory(client, table, false, environment::get, counter)) {
            assertFalse(lenient.configuration().requireUnitOfWork());
            assertTrue(lenient.ambient().find(Tag.class, id).isPresent());
            assertEquals(1, counter.total());
        }
    }

    @Test
    void aUnitOfWorkOfAnotherFactory_isNotJoined(DynamoDbClient client, @TableName String table, BaoEntityManagerFactory bao) {
        String id = persistedTag(bao, "other");
        RequestCounter counter = new RequestCounter();
        try (BaoEntityManagerFactory strict = factory(client, table, true, NO_ENVIRONMENT, counter)) {
            bao.runInUnitOfWork(em -> {
                assertTrue(Bao.isInsideUnitOfWork());
                assertThrows(MissingUnitOfWorkException.class, () -> strict.ambient().find(Tag.class, id));
            });
        }
    }
}
