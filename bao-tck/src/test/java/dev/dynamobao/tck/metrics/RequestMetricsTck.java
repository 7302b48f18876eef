package dev.dynamobao.tck.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.EntityExistsException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.metrics.RequestEvent;
import dev.dynamobao.metrics.RequestListener;
import dev.dynamobao.tck.model.AppEntity;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.Capability;
import dev.dynamobao.test.RequiresCapability;
import dev.dynamobao.test.TableName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Every DynamoDB request reaches the request listeners with operation, item count, capacity and latency. */
@BaoTest(entities = {Tag.class, AppEntity.class})
class RequestMetricsTck {

    private static Tag tag(String name) {
        Tag tag = new Tag();
        tag.setName(name);
        return tag;
    }

    private static BaoEntityManagerFactory factory(DynamoDbClient client, String table, RequestListener... listeners) {
        var builder = Bao.configure().client(client).table(table).entities(Tag.class, AppEntity.class);
        for (RequestListener listener : listeners) {
            builder.requestListener(listener);
        }
        return builder.build();
    }

    @Test
    @RequiresCapability(Capability.TRANSACT_WRITE_CONSUMED_CAPACITY)
    void everyRequest_isReportedWithOperationItemsCapacityAndLatency(DynamoDbClient client, @TableName String table) {
        List<RequestEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (BaoEntityManagerFactory bao = factory(client, table, events::add);
             BaoEntityManager em = bao.createEntityManager()) {
            Tag a = tag("a");
            Tag b = tag("b");
            Tag c = tag("c");
            em.transaction(tx -> {
                tx.persist(a);
                tx.persist(b);
            });
            em.persist(c);
            em.clear();
            em.find(Tag.class, a.getTagId());
            em.findAll(Tag.class, List.of(a.getTagId(), b.getTagId(), c.getTagId()));

            assertEquals(4, events.size(), events::toString);
            assertEvent(events.get(0), DynamoOperation.TRANSACT_WRITE_ITEMS, 2, table);
            assertTrue(events.get(0).capacity().writeUnits() > 0, events.get(0)::toString);
            assertEvent(events.get(1), DynamoOperation.PUT_ITEM, 1, table);
            assertTrue(events.get(1).capacity().writeUnits() > 0, events.get(1)::toString);
            assertEvent(events.get(2), DynamoOperation.GET_ITEM, 1, table);
            assertTrue(events.get(2).capacity().readUnits() > 0, events.get(2)::toString);
            assertEquals(0, events.get(2).capacity().writeUnits());
            assertEvent(events.get(3), DynamoOperation.BATCH_GET_ITEM, 2, table); // a is in the identity map already
            assertTrue(events.get(3).capacity().readUnits() > 0, events.get(3)::toString);

            ConsumedCapacity sum = events.stream().map(RequestEvent::capacity).reduce(ConsumedCapacity.ZERO, ConsumedCapacity::plus);
            assertEquals(sum.totalUnits(), em.consumedCapacity().totalUnits(), 1e-9);
        }
    }

    @Test
    void aFailedRequest_isReportedAsFailed(DynamoDbClient client, @TableName String table) {
        List<RequestEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (BaoEntityManagerFactory bao = factory(client, table, events::add)) {
            AppEntity original = new AppEntity();
            original.setAppId("metrics");
            original.setEntityId("dup-" + System.nanoTime());
            try (BaoEntityManager em = bao.createEntityManager()) {
                em.persist(original);
            }
            AppEntity duplicate = new AppEntity();
            duplicate.setAppId("metrics");
            duplicate.setEntityId(original.getEntityId());
            try (BaoEntityManager em = bao.createEntityManager()) {
                assertThrows(EntityExistsException.class, () -> em.persist(duplicate));
            }

            RequestEvent failed = events.get(events.size() - 1);
            assertEquals(DynamoOperation.PUT_ITEM, failed.operation());
            assertFalse(failed.succeeded());
            assertEquals(ConsumedCapacity.ZERO, failed.capacity());
        }
    }

    @Test
    void aThrowingListener_breaksNeitherTheCallNorTheOtherListeners(DynamoDbClient client, @TableName String table) {
        RequestCounter counter = new RequestCounter();
        RequestListener broken = event -> {
            throw new IllegalStateException("listener bug");
        };
        try (BaoEntityManagerFactory bao = factory(client, table, broken, counter);
             BaoEntityManager em = bao.createEntityManager()) {
            Tag tag = tag("survives");
            em.persist(tag);
            em.clear();

            assertEquals("survives", em.find(Tag.class, tag.getTagId()).orElseThrow().getName());
            assertEquals(1, counter.count(DynamoOperation.PUT_ITEM), counter::toString);
            assertEquals(1, counter.count(DynamoOperation.GET_ITEM), counter::toString);
            assertEquals(2, counter.total());
        }
    }

    @Test
    void theInjectedCounter_countsExactly(BaoEntityManager em, RequestCounter requests) {
        em.persist(tag("one"));
        em.persist(tag("two"));
        assertEquals(2, requests.count(DynamoOperation.PUT_ITEM));
        requests.reset();
        assertEquals(0, requests.total());
        assertEquals(ConsumedCapacity.ZERO, requests.capacity());
    }

    private static void assertEvent(RequestEvent event, DynamoOperation operation, int items, String table) {
        assertEquals(operation, event.operation(), event::toString);
        assertEquals(items, event.itemCount(), event::toString);
        assertEquals(table, event.table());
        assertTrue(event.succeeded());
        assertTrue(event.latency().compareTo(Duration.ZERO) > 0, event::toString);
    }
}
