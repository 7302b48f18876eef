package dev.dynamobao.tck.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.support.CapturingClient;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.Capability;
import dev.dynamobao.test.RequiresCapability;
import dev.dynamobao.test.TableName;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Every request asks for TOTAL capacity ({@code LAYOUT.md} §16.11); what DynamoDB reports is added
 * up per entity manager ({@code em.consumedCapacity()}) and per entity, batches and transactions
 * included.
 */
@BaoTest(entities = {User.class, Tag.class})
class ConsumedCapacityTck {

    private static User user(String name) {
        User user = new User();
        user.setName(name);
        user.setEmail(name.toLowerCase() + "-" + System.nanoTime() + "@example.com");
        return user;
    }

    private static Tag tag(String name) {
        Tag tag = new Tag();
        tag.setName(name);
        return tag;
    }

    /** The {@code ReturnConsumedCapacity} of a recorded data request. */
    private static ReturnConsumedCapacity capacitySetting(SdkRequest request) {
        if (request instanceof GetItemRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof PutItemRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof UpdateItemRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof DeleteItemRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof BatchGetItemRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof BatchWriteItemRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof TransactWriteItemsRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof TransactGetItemsRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof QueryRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof ScanRequest r) {
            return r.returnConsumedCapacity();
        }
        throw new AssertionError("not a data request: " + request);
    }

    @Test
    void everyKindOfRequest_asksForTotalCapacity(DynamoDbClient local, @TableName String table) {
        CapturingClient client = new CapturingClient(local);
        try (BaoEntityManagerFactory bao = Bao.configure().client(client).table(table).entities(User.class, Tag.class).build()) {
            Tag java = tag("java");
            User ann = user("Ann");
            try (BaoEntityManager em = bao.createEntityManager()) {
                em.persist(java);
                em.persist(ann);
            }
            try (BaoEntityManager em = bao.createEntityManager()) {
                Tag found = em.find(Tag.class, java.getTagId()).orElseThrow();
                em.findAll(User.class, List.of(ann.getUserId()));
                found.setName("jvm");
                em.flush();
                em.remove(found);
            }
        }
        List<Class<?>> kinds = client.requests().stream().<Class<?>>map(SdkRequest::getClass).distinct().toList();
        for (Class<?> kind : List.of(PutItemRequest.class, TransactWriteItemsRequest.class, GetItemRequest.class,
                BatchGetItemRequest.class, UpdateItemRequest.class, DeleteItemRequest.class)) {
            assertTrue(kinds.stream().anyMatch(kind::isAssignableFrom), () -> kind.getSimpleName() + " not sent; sent " + kinds);
        }
        client.requests().forEach(request -> assertEquals(ReturnConsumedCapacity.TOTAL, capacitySetting(request),
                () -> request.getClass().getSimpleName()));
    }

    @Test
    void find_recordsReadCapacity_forTheEntityManagerAndTheEntity(BaoEntityManagerFactory bao, RequestCounter requests) {
        Tag written = tag("read-me");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(written);
        }
        requests.reset();
        try (BaoEntityManager em = bao.createEntityManager()) {
            Tag found = em.find(Tag.class, written.getTagId()).orElseThrow();
            assertTrue(requests.capacity().readUnits() > 0, requests::toString);
            assertEquals(requests.capacity(), em.consumedCapacity());
            assertEquals(requests.capacity(), em.consumedCapacity(found));
            assertEquals(0, em.consumedCapacity().writeUnits());
        }
    }

    @Test
    void persist_recordsWriteCapacity_forTheEntityManagerAndTheEntity(BaoEntityManager em, RequestCounter requests) {
        Tag tag = tag("write-me");
        em.persist(tag);
        assertEquals(1, requests.count(DynamoOperation.PUT_ITEM));
        assertTrue(requests.capacity().writeUnits() > 0, requests::toString);
        assertEquals(requests.capacity(), em.consumedCapacity());
        assertEquals(requests.capacity(), em.consumedCapacity(tag));
        assertEquals(0, em.consumedCapacity().readUnits());
    }

    @Test
    @RequiresCapability(Capability.TRANSACT_WRITE_CONSUMED_CAPACITY)
    void transactionalPersist_recordsTheWholeTransactionsCapacity(BaoEntityManager em, RequestCounter requests) {
        User ann = user("Ann");
        em.persist(ann);
        assertEquals(1, requests.count(DynamoOperation.TRANSACT_WRITE_ITEMS), "the item and its unique-email item");
        assertTrue(requests.capacity().writeUnits() > 0, requests::toString);
        assertEquals(requests.capacity(), em.consumedCapacity());
        assertEquals(requests.capacity(), em.consumedCapacity(ann));
    }

    @Test
    @RequiresCapability(Capability.TRANSACT_WRITE_CONSUMED_CAPACITY)
    void explicitTransaction_splitsItsCapacityOverItsEntities(BaoEntityManager em, RequestCounter requests) {
        Tag first = tag("first");
        Tag second = tag("second");
        em.transaction(tx -> {
            tx.persist(first);
            tx.persist(second);
        });
        assertEquals(1, requests.count(DynamoOperation.TRANSACT_WRITE_ITEMS));
        double total = requests.capacity().writeUnits();
        assertTrue(total > 0);
        assertEquals(total, em.consumedCapacity().writeUnits(), 1e-9);
        assertTrue(em.consumedCapacity(first).writeUnits() > 0);
        assertEquals(total, em.consumedCapacity(first).writeUnits() + em.consumedCapacity(second).writeUnits(), 1e-9);
    }

    @Test
    void batchRead_splitsItsCapacityOverTheEntitiesItReturned(BaoEntityManagerFactory bao, RequestCounter requests) {
        List<String> ids = new ArrayList<>();
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int i = 0; i < 4; i++) {
                Tag tag = tag("batch-" + i);
                em.persist(tag);
                ids.add(tag.getTagId());
            }
        }
        requests.reset();
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<Tag> tags = em.findAll(Tag.class, ids).items();
            double total = requests.capacity().readUnits();
            assertTrue(total > 0, requests::toString);
            assertEquals(total, em.consumedCapacity().readUnits(), 1e-9);
            double sum = 0;
            for (Tag tag : tags) {
                assertTrue(em.consumedCapacity(tag).readUnits() > 0);
                sum += em.consumedCapacity(tag).readUnits();
            }
            assertEquals(total, sum, 1e-9);
        }
    }

    @Test
    void entityManagerCapacity_isTheSumOfEverythingItsRequestsConsumed(BaoEntityManagerFactory bao, RequestCounter requests) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            User bob = user("Bob");
            Tag tag = tag("sum");
            em.persist(bob);
            em.persist(tag);
            tag.setName("sum-2");
            em.flush();
            em.findAll(Tag.class, List.of(tag.getTagId(), "01ARZ3NDEKTSV4RRFFQ69G5FAV"));
            em.find(User.class, "01BX5ZZKBKACTAV9WEVGEMMVRZ");
            em.remove(tag);
            ConsumedCapacity seen = requests.capacity();
            assertTrue(seen.readUnits() > 0 && seen.writeUnits() > 0, seen::toString);
            assertEquals(seen.readUnits(), em.consumedCapacity().readUnits(), 1e-9);
            assertEquals(seen.writeUnits(), em.consumedCapacity().writeUnits(), 1e-9);
            assertEquals(seen.totalUnits(), em.consumedCapacity().totalUnits(), 1e-9);
        }
    }

    @Test
    void eachEntityManager_countsOnlyItsOwnRequests(BaoEntityManagerFactory bao) {
        try (BaoEntityManager first = bao.createEntityManager(); BaoEntityManager second = bao.createEntityManager()) {
            first.persist(tag("mine"));
            assertTrue(first.consumedCapacity().writeUnits() > 0);
            assertEquals(ConsumedCapacity.ZERO, second.consumedCapacity());
        }
    }

    @Test
    void updateCapacity_isAddedToTheEntity(BaoEntityManager em) {
        Tag tag = tag("grow");
        em.persist(tag);
        double afterCreate = em.consumedCapacity(tag).writeUnits();
        tag.setName("grown");
        em.flush();
        assertTrue(em.consumedCapacity(tag).writeUnits() > afterCreate);
    }

    @Test
    void unmanagedEntity_hasNoCapacity(BaoEntityManager em) {
        assertEquals(ConsumedCapacity.ZERO, em.consumedCapacity(tag("never persisted")));
        assertFalse(em.consumedCapacity().totalUnits() > 0);
    }
}
