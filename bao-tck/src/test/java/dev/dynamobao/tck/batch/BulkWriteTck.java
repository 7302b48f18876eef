package dev.dynamobao.tck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.OptimisticLockException;
import dev.dynamobao.Ref;
import dev.dynamobao.ValidationException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Bulk writes ({@code upsertAll}, {@code removeAll}) with {@code BatchWriteItem}: 25 items per
 * request, unconditional, items exactly as persist stores them, unique-constraint models refused.
 */
@BaoTest(entities = {User.class, Post.class})
class BulkWriteTck {

    private static final String AUTHOR = "01JB00000000000000000AUTH1";

    private static Post post(String title) {
        Post post = new Post();
        post.setUserId(Ref.to(User.class, AUTHOR));
        post.setTitle(title);
        post.setContent("content of " + title);
        return post;
    }

    private static List<Post> posts(int count, String tag) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(post(tag + " " + i));
        }
        return posts;
    }

    @Test
    void upsertAll_of60Posts_sendsThreeBatchWriteItems_andEveryPostCanBeFound(BaoEntityManagerFactory bao,
                                                                               RequestCounter requests) {
        List<Post> posts = posts(60, "bulk");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.upsertAll(posts);
        }
        assertEquals(3, requests.count(DynamoOperation.BATCH_WRITE_ITEM), requests::toString);
        assertEquals(3, requests.total(), requests::toString);

        try (BaoEntityManager em = bao.createEntityManager()) {
            List<String> ids = posts.stream().map(Post::getPostId).toList();
            assertEquals(60, em.findAll(Post.class, ids).items().size());
        }
    }

    @Test
    void upsertAll_storesExactlyTheItemPersistStores_butAFreshVersion(BaoEntityManagerFactory bao, DynamoDbClient client,
                                                                        @TableName String table) {
        RawItems raw = new RawItems(client, table);
        Post post = post("same item");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(post);
        }
        Map<String, AttributeValue> persisted = raw.get("p#" + post.getPostId(), "p");
        String persistedVersion = post.getVersion();

        try (BaoEntityManager em = bao.createEntityManager()) {
            em.upsertAll(List.of(post));
        }
        Map<String, AttributeValue> upserted = raw.get("p#" + post.getPostId(), "p");

        assertNotEquals(persistedVersion, post.getVersion(), "every write gets a fresh version");
        assertEquals(withoutVersion(persisted), withoutVersion(upserted), "keys, GSI and iteration attributes as persist");
        assertEquals(post.getVersion(), upserted.get("version").s());
        assertNotNull(upserted.get("_iter_pk"), "iteration attributes are written");
        assertNotNull(upserted.get("_gsi2_pk"), "index attributes are written");
    }

    @Test
    void upsertAll_assignsGeneratedIdsAndDatesLikePersist(BaoEntityManager em) {
        Post post = post("fresh");

        em.upsertAll(List.of(post));

        assertNotNull(post.getPostId());
        assertNotNull(post.getCreatedAt());
        assertNotNull(post.getVersion());
    }

    @Test
    void upsertAll_replacesAnExistingItem_withoutVersionCheck_lastWriterWins(BaoEntityManagerFactory bao) {
        Post original = post("original");
        bao.ambient().persist(original);
        Instant createdAt = original.getCreatedAt();

        try (BaoEntityManager stale = bao.createEntityManager(); BaoEntityManager importer = bao.createEntityManager()) {
            Post loaded = stale.find(Post.class, original.getPostId()).orElseThrow();
            Post replacement = post("replaced");
            replacement.setPostId(original.getPostId());
            replacement.setCreatedAt(createdAt);
            replacement.setVersion("01JB0000000000000000STALE1");

            importer.upsertAll(List.of(replacement));

            loaded.setTitle("too late");
            assertThrows(OptimisticLockException.class, stale::flush, "the upsert changed the version");
        }
        Post stored = bao.ambient().find(Post.class, original.getPostId()).orElseThrow();
        assertEquals("replaced", stored.getTitle());
        assertEquals(createdAt.truncatedTo(ChronoUnit.MILLIS), stored.getCreatedAt(), "a createdAt that is set is kept");
    }

    @Test
    void upsertAll_writtenEntitiesAreManaged_andTheirChangesFlushAsUpdates(BaoEntityManager em, RequestCounter requests) {
        Post post = post("managed");
        em.upsertAll(List.of(post));
        requests.reset();

        assertSame(post, em.find(Post.class, post.getPostId()).orElseThrow());
        assertEquals(0, requests.total(), "found in the identity map");
        post.setTitle("changed after import");
        em.flush();

        assertEquals(1, requests.count(DynamoOperation.UPDATE_ITEM), requests::toString);
    }

    @Test
    void upsertAll_ofAModelWithAUniqueConstraint_throwsValidationPointingToPersist_andSendsNothing(BaoEntityManager em,
                                                                                                     RequestCounter requests) {
        User user = new User();
        user.setName("unique");
        user.setEmail("unique@bulk.example.com");

        ValidationException thrown = assertThrows(ValidationException.class, () -> em.upsertAll(List.of(post("ok"), user)));

        assertTrue(thrown.getMessage().contains("unique constraints") && thrown.getMessage().contains("persist(entity)"),
                thrown.getMessage());
        assertEquals(0, requests.total());
    }

    @Test
    void upsertAll_withAnInvalidEntity_sendsNothing(BaoEntityManager em, RequestCounter requests) {
        Post invalid = post("invalid");
        invalid.setTitle(null);

        assertThrows(ValidationException.class, () -> em.upsertAll(List.of(post("valid"), invalid)));

        assertEquals(0, requests.total());
    }

    @Test
    void upsertAll_withTheSameKeyTwice_throwsValidationNamingIt_andSendsNothing(BaoEntityManager em, RequestCounter requests) {
        Post post = post("twice");
        post.setPostId("01JB0000000000000000TWICE1");

        ValidationException thrown = assertThrows(ValidationException.class, () -> em.upsertAll(List.of(post, post)));

        assertTrue(thrown.getMessage().contains("01JB0000000000000000TWICE1"), thrown.getMessage());
        assertEquals(0, requests.total());
    }

    @Test
    void removeAll_of30Posts_sendsTwoBatchWriteItems_andDetachesManagedOnes(BaoEntityManagerFactory bao, BaoEntityManager em,
                                                                            RequestCounter requests) {
        List<Post> posts = posts(30, "gone");
        bao.ambient().upsertAll(posts);
        List<String> ids = posts.stream().map(Post::getPostId).toList();
        Post managed = em.find(Post.class, ids.get(0)).orElseThrow();
        requests.reset();

        em.removeAll(Post.class, ids);

        assertEquals(2, requests.count(DynamoOperation.BATCH_WRITE_ITEM), requests::toString);
        assertTrue(!em.contains(managed));
        assertTrue(em.findAll(Post.class, ids).items().isEmpty());
    }

    @Test
    void removeAll_ofAModelWithAUniqueConstraint_throwsValidationPointingToRemove(BaoEntityManager em, RequestCounter requests) {
        ValidationException thrown = assertThrows(ValidationException.class,
                () -> em.removeAll(User.class, List.of("01JB00000000000000000USER1")));

        assertTrue(thrown.getMessage().contains("remove(entity)"), thrown.getMessage());
        assertEquals(0, requests.total());
    }

    @Test
    void removeAll_ofAbsentIds_isNoError(BaoEntityManager em) {
        em.removeAll(Post.class, List.of("01JB0000000000000000ABSNT1"));

        assertNull(em.find(Post.class, "01JB0000000000000000ABSNT1").orElse(null));
    }

    private static Map<String, AttributeValue> withoutVersion(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> copy = new HashMap<>(item);
        copy.remove("version");
        return copy;
    }
}
