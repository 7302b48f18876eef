package dev.dynamobao.tck.unitofwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.EntityExistsException;
import dev.dynamobao.Ref;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.AppEntity;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.Capability;
import dev.dynamobao.test.RequiresCapability;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code em.consumedCapacity()} sums every request of the unit of work — single-item, batch and
 * transactional — and equals what the request listener saw; per-entity capacity splits batches.
 */
@BaoTest(entities = {User.class, Post.class, Tag.class, AppEntity.class})
class CapacityTck {

    private static final double EPSILON = 1e-9;

    private static User user(String name) {
        User user = new User();
        user.setName(name);
        user.setEmail(name + "-" + System.nanoTime() + "@capacity.example.com");
        return user;
    }

    private static void assertSameCapacity(ConsumedCapacity expected, ConsumedCapacity actual) {
        assertEquals(expected.readUnits(), actual.readUnits(), EPSILON, () -> "read units: " + expected + " vs " + actual);
        assertEquals(expected.writeUnits(), actual.writeUnits(), EPSILON, () -> "write units: " + expected + " vs " + actual);
        assertEquals(expected.totalUnits(), actual.totalUnits(), EPSILON);
    }

    @Test
    void capacityOfEveryOperation_equalsWhatTheListenerSaw(BaoEntityManager em, RequestCounter requests) {
        User alice = user("alice");
        User bob = user("bob");
        em.persist(alice);
        em.persist(bob);
        List<String> postIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Post post = new Post();
            post.setUserId(Ref.of(i == 0 ? alice : bob));
            post.setTitle("t" + i);
            post.setContent("c");
            em.persist(post);
            postIds.add(post.getPostId());
        }
        em.clear();

        User found = em.find(User.class, alice.getUserId()).orElseThrow();
        List<Post> posts = em.findAll(Post.class, postIds).items();
        posts.forEach(post -> post.getUserId().get());
        found.setName("alice 2");
        em.flush();
        Tag tag = new Tag();
        tag.setName("tx");
        em.transaction(tx -> {
            tx.persist(tag);
            tx.remove(posts.get(2));
        });
        em.findAsync(Tag.class, "01ARZ3NDEKTSV4RRFFQ69G5FAV").join();
        User foundBob = em.findByUnique(User.class, "email", bob.getEmail()).orElseThrow();
        assertEquals(1, em.queryRelated(foundBob, Post.class, "postsForUser").page().items().size(), "one of two was removed");
        em.remove(found);
        AppEntity duplicate = new AppEntity();
        duplicate.setAppId("cap");
        duplicate.setEntityId("dup");
        em.persist(duplicate);
        AppEntity again = new AppEntity();
        again.setAppId("cap");
        again.setEntityId("dup");
        em.clear();
        assertThrows(EntityExistsException.class, () -> em.persist(again));

        for (DynamoOperation operation : List.of(DynamoOperation.GET_ITEM, DynamoOperation.BATCH_GET_ITEM,
                DynamoOperation.PUT_ITEM, DynamoOperation.UPDATE_ITEM, DynamoOperation.TRANSACT_WRITE_ITEMS,
                DynamoOperation.QUERY)) {
            assertTrue(requests.count(operation) > 0, () -> operation + " was not exercised: " + requests);
        }
        ConsumedCapacity total = em.consumedCapacity();
        assertTrue(total.readUnits() > 0 && total.writeUnits() > 0, total::toString);
        assertSameCapacity(requests.capacity(), total);
    }

    @Test
    void capacityIsPerEntityManager(BaoEntityManagerFactory bao, RequestCounter requests) {
        User user = user("split");
        try (BaoEntityManager writer = bao.createEntityManager(); BaoEntityManager reader = bao.createEntityManager()) {
            writer.persist(user);
            reader.find(User.class, user.getUserId()).orElseThrow();
            writer.find(User.class, user.getUserId()).orElseThrow();

            assertEquals(0, writer.consumedCapacity().readUnits(), EPSILON, "the writer's find hit its identity map");
            assertTrue(reader.consumedCapacity().readUnits() > 0);
            assertEquals(0, reader.consumedCapacity().writeUnits(), EPSILON);
            assertSameCapacity(requests.capacity(), writer.consumedCapacity().plus(reader.consumedCapacity()));
        }
    }

    @Test
    @RequiresCapability(Capability.TRANSACT_WRITE_CONSUMED_CAPACITY)
    void perEntityCapacity_chargesSingleReadsWholly_andSplitsBatches(BaoEntityManagerFactory bao, RequestCounter requests) {
        User first = user("first");
        User second = user("second");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(first);
            em.persist(second);
            assertTrue(em.consumedCapacity(first).writeUnits() > 0, () -> em.consumedCapacity(first).toString());
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            requests.reset();
            User single = em.find(User.class, first.getUserId()).orElseThrow();
            assertSameCapacity(requests.capacity(), em.consumedCapacity(single));
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            requests.reset();
            List<User> both = em.findAll(User.class, List.of(first.getUserId(), second.getUserId())).items();
            ConsumedCapacity shares = em.consumedCapacity(both.get(0)).plus(em.consumedCapacity(both.get(1)));
            assertSameCapacity(requests.capacity(), shares);
            assertSameCapacity(em.consumedCapacity(both.get(0)), em.consumedCapacity(both.get(1)));
            assertSameCapacity(ConsumedCapacity.ZERO, em.consumedCapacity(new Tag()));
        }
    }
}
