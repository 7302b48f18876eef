package dev.dynamobao.tck.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.EntityExistsException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.AppEntity;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@BaoTest(entities = {User.class, Tag.class, AppEntity.class})
class PersistAndFindTck {

    private static User user(String name, String email) {
        User user = new User();
        user.setName(name);
        user.setEmail(email);
        return user;
    }

    @Test
    void persist_assignsUlidId_andFindReturnsTheStoredValues(BaoEntityManagerFactory bao) {
        User alice = user("Alice", "alice-" + System.nanoTime() + "@example.com");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(alice);
        }
        assertNotNull(alice.getUserId());
        assertEquals(26, alice.getUserId().length());
        try (BaoEntityManager em = bao.createEntityManager()) {
            User found = em.find(User.class, alice.getUserId()).orElseThrow();
            assertEquals("Alice", found.getName());
            assertEquals(alice.getEmail(), found.getEmail());
            assertNotNull(found.getCreatedAt());
            assertNotNull(found.getModifiedAt());
        }
    }

    @Test
    void find_whenAbsent_returnsEmpty(BaoEntityManager em) {
        assertTrue(em.find(User.class, "01ARZ3NDEKTSV4RRFFQ69G5FAV").isEmpty());
    }

    @Test
    void findTwice_returnsTheSameInstance_withOneRead(BaoEntityManagerFactory bao, RequestCounter requests) {
        User bob = user("Bob", "bob-" + System.nanoTime() + "@example.com");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(bob);
        }
        requests.reset();
        try (BaoEntityManager em = bao.createEntityManager()) {
            User first = em.find(User.class, bob.getUserId()).orElseThrow();
            User second = em.find(User.class, bob.getUserId()).orElseThrow();
            assertSame(first, second);
        }
        assertEquals(1, requests.count(DynamoOperation.GET_ITEM));
    }

    @Test
    void persist_whenKeyExists_throwsEntityExists_andKeepsTheStoredItem(BaoEntityManagerFactory bao) {
        AppEntity original = new AppEntity();
        original.setAppId("app");
        original.setEntityId("e-" + System.nanoTime());
        original.setData("original");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(original);
        }
        AppEntity duplicate = new AppEntity();
        duplicate.setAppId("app");
        duplicate.setEntityId(original.getEntityId());
        duplicate.setData("overwrite attempt");
        try (BaoEntityManager em = bao.createEntityManager()) {
            EntityExistsException failure = assertThrows(EntityExistsException.class, () -> em.persist(duplicate));
            assertTrue(failure.getMessage().contains("AppEntity"), failure.getMessage());
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            String id = em.primaryId(AppEntity.class, "app", original.getEntityId());
            assertEquals("original", em.find(AppEntity.class, id).orElseThrow().getData());
        }
    }

    @Test
    void remove_deletesTheItem(BaoEntityManagerFactory bao) {
        Tag tag = new Tag();
        tag.setName("java");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(tag);
            em.remove(tag);
            assertFalse(em.contains(tag));
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertTrue(em.find(Tag.class, tag.getTagId()).isEmpty());
        }
    }

    @Test
    void persist_writesTheItemExactlyAsTheLayoutSays(BaoEntityManagerFactory bao, DynamoDbClient client, @TableName String table) {
        User carol = user("Carol", "carol@example.com");
        carol.setRole("admin");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(carol);
        }
        String id = carol.getUserId();
        Map<String, AttributeValue> item = new RawItems(client, table).get("u#" + id, "u");
        assertEquals(id, item.get("userId").s());
        assertEquals("Carol", item.get("name").s());
        assertEquals("carol@example.com", item.get("email").s());
        assertEquals("admin", item.get("role").s());
        assertEquals(Long.toString(carol.getCreatedAt().toEpochMilli()), item.get("createdAt").n());
        assertEquals("u#gsi1#admin", item.get("_gsi1_pk").s());
        assertEquals("Carol", item.get("_gsi1_sk").s());
        int bucket = (int) (Math.abs((long) id.hashCode()) % 10);
        assertEquals(String.format("u#iter#%03d", bucket), item.get("_iter_pk").s());
        assertEquals(id, item.get("_iter_sk").s());
        assertEquals(12, item.size(), () -> "unexpected attributes: " + item.keySet());
    }

    @Test
    void compositeKey_isStoredAsPartitionAndSort(BaoEntityManager em, DynamoDbClient client, @TableName String table) {
        AppEntity entity = new AppEntity();
        entity.setAppId("my-app");
        entity.setEntityId("entity-123");
        em.persist(entity);
        assertEquals("my-app##__SK__##entity-123", em.primaryId(entity));
        Map<String, AttributeValue> item = new RawItems(client, table).get("ae#my-app", "entity-123");
        assertEquals("my-app##__SK__##entity-123", item.get("_iter_sk").s());
        assertFalse(item.containsKey("data"), "null fields are not stored");
    }
}
