package dev.dynamobao.tck.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.EntityExistsException;
import dev.dynamobao.OptimisticLockException;
import dev.dynamobao.Ref;
import dev.dynamobao.TransactionCancelledException;
import dev.dynamobao.TransactionCancelledException.ActionFailure;
import dev.dynamobao.TransactionTooLargeException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.AppEntity;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.test.BaoTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code em.transaction(tx -> ...)}: one TransactWriteItems, at most 100 actions, a reason per action when cancelled. */
@BaoTest(entities = {User.class, Post.class, Tag.class, AppEntity.class})
class TransactionTck {

    private static Tag tag(String name) {
        Tag tag = new Tag();
        tag.setName(name);
        return tag;
    }

    private static User user(String name) {
        User user = new User();
        user.setName(name);
        user.setEmail(name + "-" + System.nanoTime() + "@tx.example.com");
        return user;
    }

    private static AppEntity appEntity(String entityId, String data) {
        AppEntity entity = new AppEntity();
        entity.setAppId("tx-app");
        entity.setEntityId(entityId);
        entity.setData(data);
        return entity;
    }

    @Test
    void persistsUpdatesAndRemoves_areSentAsOneTransactWriteItems(BaoEntityManagerFactory bao, RequestCounter requests) {
        Tag renamed = tag("old name");
        Tag removed = tag("to remove");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(renamed);
            em.persist(removed);
        }
        Tag created = tag("created");
        requests.reset();

        try (BaoEntityManager em = bao.createEntityManager()) {
            List<Tag> tags = em.findAll(Tag.class, List.of(renamed.getTagId(), removed.getTagId())).items();
            requests.reset();
            em.transaction(tx -> {
                tx.persist(created);
                tags.get(0).setName("new name");
                tx.save(tags.get(0));
                tx.remove(tags.get(1));
            });
            assertEquals(1, requests.count(DynamoOperation.TRANSACT_WRITE_ITEMS), requests::toString);
            assertEquals(1, requests.total(), requests::toString);
            assertTrue(em.contains(created));
            assertTrue(!em.contains(tags.get(1)));
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals("created", em.find(Tag.class, created.getTagId()).orElseThrow().getName());
            assertEquals("new name", em.find(Tag.class, renamed.getTagId()).orElseThrow().getName());
            assertTrue(em.find(Tag.class, removed.getTagId()).isEmpty());
        }
    }

    @Test
    void aTransactionOf101Actions_throwsTooLargeBeforeAnythingIsSent(BaoEntityManager em, RequestCounter requests) {
        TransactionTooLargeException failure = assertThrows(TransactionTooLargeException.class, () -> em.transaction(tx -> {
            for (int i = 0; i < 101; i++) {
                tx.persist(tag("bulk " + i));
            }
        }));

        assertTrue(failure.getMessage().contains("101") && failure.getMessage().contains("100"), failure.getMessage());
        assertEquals(0, requests.total(), requests::toString);
    }

    @Test
    void uniqueConstraintItems_countTowardsTheLimit(BaoEntityManager em, RequestCounter requests) {
        TransactionTooLargeException failure = assertThrows(TransactionTooLargeException.class, () -> em.transaction(tx -> {
            for (int i = 0; i < 51; i++) {
                tx.persist(user("many" + i));
            }
        }));

        assertTrue(failure.getMessage().contains("102"), failure.getMessage());
        assertEquals(0, requests.total(), requests::toString);
    }

    @Test
    void exactlyOneHundredActions_areSentAsOneRequest(BaoEntityManager em, RequestCounter requests) {
        List<Tag> tags = new ArrayList<>();
        em.transaction(tx -> {
            for (int i = 0; i < 100; i++) {
                Tag tag = tag("hundred " + i);
                tags.add(tag);
                tx.persist(tag);
            }
        });

        assertEquals(1, requests.count(DynamoOperation.TRANSACT_WRITE_ITEMS), requests::toString);
        assertEquals(1, requests.total(), requests::toString);
        assertTrue(tags.stream().allMatch(em::contains));
    }

    @Test
    void persistOfAnExistingKey_cancelsTheTransaction_namingTheEntityThatFailed(BaoEntityManagerFactory bao,
                                                                               RequestCounter requests) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(appEntity("existing", "original"));
        }
        Tag innocent = tag("innocent");
        requests.reset();

        try (BaoEntityManager em = bao.createEntityManager()) {
            TransactionCancelledException failure = assertThrows(TransactionCancelledException.class, () -> em.transaction(tx -> {
                tx.persist(innocent);
                tx.persist(appEntity("existing", "overwrite attempt"));
            }));

            List<ActionFailure> reasons = failure.reasons();
            assertEquals(2, reasons.size(), reasons::toString);
            assertEquals("None", reasons.get(0).code(), reasons::toString);
            assertTrue(reasons.get(0).action().contains("Tag"), reasons::toString);
            assertEquals("ConditionalCheckFailed", reasons.get(1).code(), reasons::toString);
            assertTrue(reasons.get(1).failed());
            assertTrue(reasons.get(1).action().contains("AppEntity 'tx-app##__SK__##existing'"), reasons::toString);
            assertTrue(failure.getMessage().contains("AppEntity 'tx-app##__SK__##existing' -> ConditionalCheckFailed"),
                    failure.getMessage());
            assertInstanceOf(EntityExistsException.class, failure.getCause());
            assertTrue(!em.contains(innocent), "nothing of a cancelled transaction is managed");
        }
        assertEquals(1, requests.count(DynamoOperation.TRANSACT_WRITE_ITEMS), requests::toString);
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertTrue(em.find(Tag.class, innocent.getTagId()).isEmpty(), "nothing was written");
            String id = em.primaryId(AppEntity.class, "tx-app", "existing");
            assertEquals("original", em.find(AppEntity.class, id).orElseThrow().getData());
        }
    }

    @Test
    void aStaleVersion_cancelsTheTransaction_withTheOptimisticLockAsCause(BaoEntityManagerFactory bao) {
        User author = user("author");
        Post post = new Post();
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(author);
            post.setUserId(Ref.of(author));
            post.setTitle("v1");
            post.setContent("c");
            em.persist(post);
        }
        try (BaoEntityManager stale = bao.createEntityManager()) {
            Post mine = stale.find(Post.class, post.getPostId()).orElseThrow();
            try (BaoEntityManager concurrent = bao.createEntityManager()) {
                concurrent.find(Post.class, post.getPostId()).orElseThrow().setTitle("v2 by someone else");
                concurrent.flush();
            }
            mine.setTitle("v2 by me");
            Tag tag = tag("with stale post");

            TransactionCancelledException failure = assertThrows(TransactionCancelledException.class, () -> stale.transaction(tx -> {
                tx.save(mine);
                tx.persist(tag);
            }));

            assertEquals("ConditionalCheckFailed", failure.reasons().get(0).code(), failure.reasons()::toString);
            assertTrue(failure.reasons().get(0).action().contains("update Post '" + post.getPostId() + "'"),
                    failure.reasons()::toString);
            assertEquals("None", failure.reasons().get(1).code());
            assertInstanceOf(OptimisticLockException.class, failure.getCause());
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals("v2 by someone else", em.find(Post.class, post.getPostId()).orElseThrow().getTitle());
        }
    }

    @Test
    void aSingleActionTransaction_isReportedTheSameWay(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(appEntity("single", "original"));
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            TransactionCancelledException failure = assertThrows(TransactionCancelledException.class,
                    () -> em.transaction(tx -> tx.persist(appEntity("single", "again"))));
            assertEquals(1, failure.reasons().size());
            assertEquals("ConditionalCheckFailed", failure.reasons().get(0).code());
            assertInstanceOf(EntityExistsException.class, failure.getCause());
        }
    }

    @Test
    void whenTheWorkThrows_nothingIsSent(BaoEntityManager em, RequestCounter requests) {
        Tag tag = tag("never");
        assertThrows(IllegalStateException.class, () -> em.transaction(tx -> {
            tx.persist(tag);
            throw new IllegalStateException("changed my mind");
        }));

        assertEquals(0, requests.total());
        assertTrue(!em.contains(tag));
    }

    @Test
    void anEmptyTransaction_sendsNothing(BaoEntityManager em, RequestCounter requests) {
        em.transaction(tx -> { });
        assertEquals(0, requests.total());
    }
}
